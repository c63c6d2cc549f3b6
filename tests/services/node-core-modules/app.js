// Node core modules as services use them: os.EOL and platform facts, perf_hooks timing,
// timers/promises sleeps, fs/promises, util.types and util.inspect/format, AsyncLocalStorage
// carrying a request id through awaits, stream/promises pipeline with a Transform, the WHATWG
// URL, string_decoder, querystring, assert failures answered as errors, events.once and a
// timers/promises sleep aborted by an AbortController.
const express = require('express');
const os = require('os');
const { performance } = require('perf_hooks');
const { setTimeout: sleep, setImmediate: nextTurn } = require('timers/promises');
const fsp = require('fs/promises');
const path = require('path');
const util = require('util');
const { AsyncLocalStorage } = require('async_hooks');
const { pipeline } = require('stream/promises');
const { Readable, Transform, Writable } = require('stream');
const { StringDecoder } = require('string_decoder');
const querystring = require('querystring');
const assert = require('assert');
const { once, EventEmitter } = require('events');

const app = express();
app.use(express.json());
const context = new AsyncLocalStorage();
const NOTES = path.join(__dirname, 'data', 'notes.txt');

app.use((req, res, next) => context.run({ id: req.get('x-request-id') || 'none' }, next));

app.get('/os', (req, res) => {
  res.json({ eol: JSON.stringify(os.EOL), type: typeof os.hostname(), cpus: Array.isArray(os.cpus()),
    tmp: typeof os.tmpdir(), endianness: os.endianness() });
});

app.get('/timing', async (req, res) => {
  const start = performance.now();
  await sleep(20);
  const value = await nextTurn('turned');
  const took = performance.now() - start;
  res.json({ value, atLeast20: took >= 19, mark: typeof performance.timeOrigin });
});

app.get('/context', async (req, res) => {
  const before = context.getStore().id;
  await sleep(5);
  await Promise.resolve();
  res.json({ before, after: context.getStore().id });
});

app.post('/notes', async (req, res) => {
  await fsp.appendFile(NOTES, `${req.body.text}\n`);
  const text = await fsp.readFile(NOTES, 'utf8');
  const stat = await fsp.stat(NOTES);
  res.status(201).json({ lines: text.trim().split('\n'), size: stat.size, isFile: stat.isFile() });
});

app.get('/notes/missing', async (req, res) => {
  try {
    await fsp.readFile(path.join(__dirname, 'data', 'nope.txt'));
  } catch (err) {
    res.status(404).json({ code: err.code, syscall: err.syscall });
  }
});

app.get('/util', (req, res) => {
  res.json({
    isPromise: util.types.isPromise(Promise.resolve()),
    isDate: util.types.isDate(new Date(0)),
    isRegExp: util.types.isRegExp(/x/),
    format: util.format('%s has %d items: %j', 'cart', 3, { a: 1 }),
    inspect: util.inspect({ a: [1, { b: 2 }], s: 'x' }),
    deep: util.isDeepStrictEqual({ a: [1] }, { a: [1] }),
  });
});

app.get('/upper', async (req, res) => {
  const chunks = [];
  const upper = new Transform({
    transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
  });
  const sink = new Writable({ write(chunk, enc, cb) { chunks.push(chunk.toString()); cb(); } });
  await pipeline(Readable.from(['liquid ', 'services']), upper, sink);
  res.json({ out: chunks.join('') });
});

app.get('/url', (req, res) => {
  const u = new URL('/a/b?x=1&y=2#frag', 'https://example.com:8443');
  u.searchParams.append('z', '3');
  const decoder = new StringDecoder('utf8');
  const euro = Buffer.from('€');
  const text = decoder.write(euro.subarray(0, 1)) + decoder.write(euro.subarray(1)) + decoder.end();
  res.json({ href: u.href, host: u.host, params: [...u.searchParams.keys()], text,
    qs: querystring.stringify({ a: [1, 2], b: 'c d' }), parsed: querystring.parse('a=1&a=2&b=x') });
});

app.get('/assert', (req, res) => {
  try {
    assert.strictEqual(1, 2, 'one is not two');
  } catch (err) {
    res.status(400).json({ name: err.name, code: err.code, message: err.message });
  }
});

app.get('/once', async (req, res) => {
  const bus = new EventEmitter();
  setTimeout(() => bus.emit('ready', 42, 'x'), 5);
  const args = await once(bus, 'ready');
  try {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    await sleep(200, null, { signal: controller.signal });
    res.json({ args, aborted: false });
  } catch (err) {
    res.json({ args, aborted: err.name });
  }
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
