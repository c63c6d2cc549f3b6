'use strict';
// node:zlib over pako 2 (vendor/pako: zlib 1.2's deflate and inflate ported to
// JavaScript, MIT licence). What is written here is only the adapter: Node's
// function names and options, its errors (message, code, errno), and the
// create* streams as Transforms of `stream`. Not provided: Brotli, zlib.crc32,
// params() and a dictionary's reset; the compressed bytes may differ from
// Node's (Node 20 builds Chromium's zlib), what they decompress to does not.

const pako = require('vendor/pako/index');
const { Transform } = require('stream');
const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const C = require('vendor/pako/lib/zlib/constants');
const constants = Object.freeze({
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4865,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
});
const CODES = {
  [C.Z_NEED_DICT]: 'Z_NEED_DICT', [C.Z_STREAM_ERROR]: 'Z_STREAM_ERROR', [C.Z_DATA_ERROR]: 'Z_DATA_ERROR',
  [C.Z_MEM_ERROR]: 'Z_MEM_ERROR', [C.Z_BUF_ERROR]: 'Z_BUF_ERROR',
};

// mode -> [pako class, windowBits offset, gzip header]
const MODES = {
  Deflate: [pako.Deflate, 0, false], Inflate: [pako.Inflate, 0, false],
  Gzip: [pako.Deflate, 16, true], Gunzip: [pako.Inflate, 16, false], Unzip: [pako.Inflate, 32, false],
  DeflateRaw: [pako.Deflate, 0, false, true], InflateRaw: [pako.Inflate, 0, false, true],
};

function zlibError(status, message) {
  const err = new Error(message || 'zlib error');
  err.errno = status;
  err.code = CODES[status] || 'Z_ERRNO';
  return err;
}

function engine(mode, opts, onData) {
  const [Ctor, offset, gzip, raw] = MODES[mode];
  const bits = (opts && opts.windowBits) || 15;
  const options = {
    level: opts && opts.level !== undefined ? opts.level : -1,
    memLevel: (opts && opts.memLevel) || 8,
    strategy: (opts && opts.strategy) || 0,
    chunkSize: (opts && opts.chunkSize) || 16384,
    windowBits: raw ? -bits : bits + offset,
    gzip: gzip,
  };
  if (opts && opts.dictionary) options.dictionary = opts.dictionary;
  const z = new Ctor(options);
  z.onData = onData;
  z.onEnd = function (status) { this.err = status; this.msg = this.strm.msg; };
  z.err = 0;
  return z;
}

function toBuffer(data, name) {
  if (typeof data === 'string') return Buffer.from(data);
  if (Buffer.isBuffer(data)) return data;
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], data);
}

// Feeds `z` and checks how it went; an inflater that did not reach the end of
// its data at Z_FINISH failed as Node's does ("unexpected end of file").
function feed(z, input, flush) {
  z.push(input, flush);
  if (z.err && z.err !== C.Z_OK && z.err !== C.Z_STREAM_END) throw zlibError(z.err, z.msg);
  if (flush === C.Z_FINISH && !z.ended) throw zlibError(C.Z_BUF_ERROR, 'unexpected end of file');
}

function processSync(mode, data, opts) {
  const chunks = [];
  const z = engine(mode, opts, (chunk) => chunks.push(Buffer.from(chunk)));
  feed(z, toBuffer(data, 'buffer'), C.Z_FINISH);
  return Buffer.concat(chunks);
}

class Zlib extends Transform {
  constructor(mode, opts) {
    super(opts);
    this._mode = mode;
    this._opts = opts || {};
    this.bytesWritten = 0;
    this._z = engine(mode, this._opts, (chunk) => this.push(Buffer.from(chunk)));
  }

  _transform(chunk, encoding, callback) {
    this.bytesWritten += chunk.length;
    try {
      if (!this._z.ended) feed(this._z, toBuffer(chunk, 'chunk'), C.Z_NO_FLUSH);
    } catch (err) {
      callback(err);
      return;
    }
    callback();
  }

  _flush(callback) {
    try {
      if (!this._z.ended) feed(this._z, new Uint8Array(0), C.Z_FINISH);
    } catch (err) {
      callback(err);
      return;
    }
    callback();
  }

  // What compression's res.flush() calls: the data so far, decodable.
  flush(kind, callback) {
    if (typeof kind === 'function') { callback = kind; kind = undefined; }
    if (!this._z.ended) this._z.push(new Uint8Array(0), kind === undefined ? C.Z_FULL_FLUSH : kind);
    if (callback) process.nextTick(callback);
  }

  close(callback) {
    if (callback) process.nextTick(callback);
    this.destroy();
  }
}

module.exports = { constants, codes: Object.freeze(Object.assign({}, CODES)) };
for (const key of Object.keys(constants)) if (key.startsWith('Z_')) module.exports[key] = constants[key];

for (const mode of Object.keys(MODES)) {
  const Cls = { [mode]: class extends Zlib { constructor(opts) { super(mode, opts); } } }[mode];
  const lower = mode[0].toLowerCase() + mode.slice(1);
  module.exports[mode] = Cls;
  module.exports['create' + mode] = (opts) => new Cls(opts);
  module.exports[lower + 'Sync'] = (data, opts) => processSync(mode, data, opts);
  module.exports[lower] = function (data, opts, callback) {
    if (typeof opts === 'function') { callback = opts; opts = {}; }
    let result, error = null;
    try { result = processSync(mode, data, opts); } catch (err) { error = err; }
    process.nextTick(() => (error ? callback(error) : callback(null, result)));
  };
}
