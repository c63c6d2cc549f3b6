'use strict';
// node:stream/consumers (Node 16.7+): read a whole stream (a request, a Readable, any async iterable of
// chunks) into a string, JSON, a Buffer, an ArrayBuffer or a Blob, as Node's lib/stream/consumers.js does.
const { Buffer } = require('buffer');
const { TextDecoder } = require('internal/encoding');

async function chunksOf(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return chunks;
}

async function buffer(stream) {
  return Buffer.concat((await chunksOf(stream)).map((c) => (Buffer.isBuffer(c) ? c : Buffer.from(c.buffer || c, c.byteOffset || 0, c.byteLength))));
}

async function arrayBuffer(stream) {
  const buf = await buffer(stream);
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

async function blob(stream) {
  if (typeof Blob !== 'function') throw new Error('Blob is not available');
  return new Blob(await chunksOf(stream));
}

async function text(stream) {
  const dec = new TextDecoder();
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') str += chunk;
    else str += dec.decode(chunk, { stream: true });
  }
  str += dec.decode(undefined, { stream: false });
  return str;
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, text, json };
