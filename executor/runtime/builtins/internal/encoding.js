'use strict';
// The WHATWG TextEncoder and TextDecoder, as Node.js v20 exposes them
// (util.TextEncoder / util.TextDecoder and the globals).  TextDecoder knows
// UTF-8, UTF-16LE and the windows-1252 labels (decoded as ISO-8859-1, as
// Node 20 does); other encodings are refused as unsupported.

const enc = require('internal/encodings');
const {
  codes: { ERR_ENCODING_NOT_SUPPORTED, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
  validateString,
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView, isUint8Array } = require('internal/types');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kEncoder = Symbol('encoder');
const kDecoder = Symbol('decoder');
const kState = Symbol('state');

const labels = new Map();
for (const l of ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf8', 'utf-8', 'x-unicode20utf8']) {
  labels.set(l, 'utf-8');
}
for (const l of ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']) {
  labels.set(l, 'utf-16le');
}
for (const l of ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
  'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1',
  'us-ascii', 'windows-1252', 'x-cp1252']) {
  labels.set(l, 'windows-1252');
}

function getEncodingFromLabel(label) {
  const found = labels.get(label);
  if (found !== undefined) return found;
  return labels.get(label.toLowerCase().replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, ''));
}

class TextEncoder {
  constructor() {
    this[kEncoder] = true;
  }

  get encoding() {
    validateEncoder(this);
    return 'utf-8';
  }

  encode(input = '') {
    validateEncoder(this);
    return enc.utf8Encode(`${input}`);
  }

  encodeInto(src, dest) {
    validateEncoder(this);
    validateString(src, 'src');
    if (!dest || !isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    // Whole characters only, as many as fit.
    let read = 0;
    let written = 0;
    const len = src.length;
    while (read < len) {
      const c = src.charCodeAt(read);
      const pair = c >= 0xd800 && c <= 0xdbff && read + 1 < len &&
        src.charCodeAt(read + 1) >= 0xdc00 && src.charCodeAt(read + 1) <= 0xdfff;
      const units = pair ? 2 : 1;
      const n = enc.utf8Write(dest, src.slice(read, read + units), written, dest.length - written);
      if (n === 0) break;
      written += n;
      read += units;
    }
    return { read, written };
  }

  [customInspect](depth, opts) {
    validateEncoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = Object.getPrototypeOf(this)?.constructor ?? null;
    const obj = { __proto__: { constructor: ctor === null ? TextEncoder : ctor } };
    obj.encoding = this.encoding;
    return require('internal/inspect').inspect(obj, opts);
  }
}
Object.defineProperties(TextEncoder.prototype, {
  encode: { enumerable: true },
  encodeInto: { enumerable: true },
  encoding: { enumerable: true },
  [Symbol.toStringTag]: { configurable: true, value: 'TextEncoder' },
});

function validateEncoder(obj) {
  if (obj == null || obj[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
}

function validateDecoder(obj) {
  if (obj == null || obj[kDecoder] !== true) throw new ERR_INVALID_THIS('TextDecoder');
}

function toBytes(input) {
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  if (isArrayBufferView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const err = new TypeError('The "list" argument must be an instance of SharedArrayBuffer, ' +
    'ArrayBuffer or ArrayBufferView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

const empty = new Uint8Array(0);

// Node raises this one from C++: a plain TypeError with a code.
function invalidData(encoding) {
  const err = new TypeError(`The encoded data was not valid for encoding ${encoding}`);
  err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
  return err;
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    if (options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const found = getEncodingFromLabel(encoding);
    if (found === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    this[kDecoder] = true;
    this[kState] = {
      encoding: found,
      fatal: Boolean(options?.fatal),
      ignoreBOM: Boolean(options?.ignoreBOM),
      pending: empty, // bytes of an incomplete character kept from a streamed chunk
      bomSeen: false,
    };
  }

  get encoding() {
    validateDecoder(this);
    return this[kState].encoding;
  }

  get fatal() {
    validateDecoder(this);
    return this[kState].fatal;
  }

  get ignoreBOM() {
    validateDecoder(this);
    return this[kState].ignoreBOM;
  }

  decode(input = empty, options = {}) {
    validateDecoder(this);
    const state = this[kState];
    const stream = Boolean(options?.stream);
    let bytes = toBytes(input);
    if (state.pending.length !== 0) {
      const joined = new Uint8Array(state.pending.length + bytes.length);
      joined.set(state.pending, 0);
      joined.set(bytes, state.pending.length);
      bytes = joined;
      state.pending = empty;
    }
    let text;
    if (state.encoding === 'utf-8') {
      const info = {};
      text = enc.utf8Slice(bytes, 0, bytes.length, info);
      if (info.pending !== 0) {
        if (stream) state.pending = bytes.slice(bytes.length - info.pending);
        else {
          text += '\ufffd';
          info.invalid = true;
        }
      }
      if (info.invalid && state.fatal) {
        state.bomSeen = false;
        throw invalidData(state.encoding);
      }
    } else if (state.encoding === 'utf-16le') {
      const even = bytes.length & ~1;
      text = enc.ucs2Slice(bytes, 0, even);
      if (even !== bytes.length) {
        if (stream) state.pending = bytes.slice(even);
        else if (state.fatal) throw invalidData(state.encoding);
        else text += '\ufffd';
      }
      text = text.toWellFormed ? text.toWellFormed() : text;
    } else {
      text = enc.latin1Slice(bytes, 0, bytes.length);
    }
    if (!state.bomSeen && text.length > 0) {
      if (!state.ignoreBOM && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      state.bomSeen = true;
    }
    if (!stream) state.bomSeen = false;
    return text;
  }

  [customInspect](depth, opts) {
    validateDecoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = Object.getPrototypeOf(this)?.constructor || TextDecoder;
    const obj = { __proto__: { constructor } };
    obj.encoding = this.encoding;
    obj.fatal = this.fatal;
    obj.ignoreBOM = this.ignoreBOM;
    const { inspect } = require('internal/inspect');
    return `${constructor.name} ${inspect(obj)}`;
  }
}
Object.defineProperty(TextDecoder.prototype, customInspect, { enumerable: false });
Object.defineProperties(TextDecoder.prototype, {
  decode: { enumerable: true },
  encoding: { enumerable: true },
  fatal: { enumerable: true },
  ignoreBOM: { enumerable: true },
  [Symbol.toStringTag]: { configurable: true, value: 'TextDecoder' },
});

module.exports = { TextEncoder, TextDecoder, getEncodingFromLabel };
