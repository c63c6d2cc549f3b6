'use strict';
// node:string_decoder — StringDecoder, with the chunk-boundary handling of
// Node.js v20's native decoder (src/string_decoder.cc): up to 4 bytes of an
// incomplete character are kept between writes.

const { Buffer } = require('buffer');
const enc = require('internal/encodings');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING } } = require('internal/errors');

const kState = Symbol('kNativeDecoder');

function normalizeEncoding(encoding) {
  const nenc = enc.normalizeEncoding(encoding);
  if (nenc === undefined) {
    if (!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
    return encoding;
  }
  return nenc;
}

function makeString(bytes, start, end, encoding) {
  return enc.ops[encoding].slice(bytes, start, end);
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kState] = {
    chars: Buffer.alloc(4), // the incomplete character
    missing: 0,
    buffered: 0,
  };
}

function decode(self, buf) {
  const state = self[kState];
  const encoding = self.encoding;
  let data = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  let nread = data.length;
  let prepend = '';
  let pos = 0;

  if (encoding === 'utf8' || encoding === 'utf16le' || encoding === 'base64' || encoding === 'base64url') {
    if (state.missing > 0) {
      if (encoding === 'utf8') {
        // A byte that is not a continuation byte ends the incomplete
        // character early and starts a new one.
        for (let i = 0; i < nread && i < state.missing; ++i) {
          if ((data[i] & 0xC0) !== 0x80) {
            state.missing = 0;
            state.chars.set(data.subarray(0, i), state.buffered);
            state.buffered += i;
            pos += i;
            nread -= i;
            break;
          }
        }
      }
      const found = Math.min(nread, state.missing);
      state.chars.set(data.subarray(pos, pos + found), state.buffered);
      pos += found;
      nread -= found;
      state.missing -= found;
      state.buffered += found;
      if (state.missing === 0) {
        prepend = makeString(state.chars, 0, state.buffered, encoding);
        state.buffered = 0;
      }
    }
  }

  if (nread === 0) return prepend;
  data = data.subarray(pos, pos + nread);

  if (encoding === 'utf8' && (data[nread - 1] & 0x80)) {
    // Ended on a non-ASCII byte: find where its character begins.
    for (let i = nread - 1; ; --i) {
      state.buffered++;
      if ((data[i] & 0xC0) === 0x80) {
        if (state.buffered >= 4 || i === 0) {
          state.buffered = 0;
          break;
        }
      } else {
        if ((data[i] & 0xE0) === 0xC0) state.missing = 2;
        else if ((data[i] & 0xF0) === 0xE0) state.missing = 3;
        else if ((data[i] & 0xF8) === 0xF0) state.missing = 4;
        else {
          state.buffered = 0;
          break;
        }
        if (state.buffered >= state.missing) {
          state.missing = 0;
          state.buffered = 0;
        }
        state.missing -= state.buffered;
        break;
      }
    }
  } else if (encoding === 'utf16le') {
    if ((nread % 2) === 1) {
      state.buffered = 1;
      state.missing = 1;
    } else if ((data[nread - 1] & 0xFC) === 0xD8) {
      state.buffered = 2;
      state.missing = 2;
    }
  } else if (encoding === 'base64' || encoding === 'base64url') {
    state.buffered = nread % 3;
    if (state.buffered > 0) state.missing = 3 - state.buffered;
  }

  if (state.buffered > 0) {
    nread -= state.buffered;
    state.chars.set(data.subarray(nread, nread + state.buffered), 0);
  }
  const body = nread > 0 ? makeString(data, 0, nread, encoding) : '';
  return prepend + body;
}

function flush(self) {
  const state = self[kState];
  if (self.encoding === 'utf16le' && state.buffered % 2 === 1) {
    state.missing--;
    state.buffered--;
  }
  if (state.buffered === 0) return '';
  const ret = makeString(state.chars, 0, state.buffered, self.encoding);
  state.missing = 0;
  state.buffered = 0;
  return ret;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  if (!this[kState]) throw new ERR_INVALID_THIS('StringDecoder');
  return decode(this, buf);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kState].buffered > 0) ret += flush(this);
  return ret;
};

StringDecoder.prototype.text = function text(buf, offset) {
  this[kState].missing = 0;
  this[kState].buffered = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() { return this[kState].chars; },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() { return this[kState].missing; },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() { return this[kState].buffered + this[kState].missing; },
  },
});

exports.StringDecoder = StringDecoder;
