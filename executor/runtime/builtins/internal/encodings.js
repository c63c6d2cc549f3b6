'use strict';
// Byte <-> string codecs shared by buffer, string_decoder, util (TextEncoder
// / TextDecoder), url and crypto.  Each writer takes a Uint8Array, a string,
// an offset and a maximum number of bytes, and returns the bytes written;
// each slicer takes a Uint8Array and a [start, end) range.

const CHUNK = 0x2000;

// String.fromCharCode over an array of code units, in chunks small enough
// for the argument limit.
function fromCodeUnits(units, length = units.length) {
  if (length <= CHUNK) {
    return String.fromCharCode.apply(null, length === units.length ? units : units.slice(0, length));
  }
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(null, units.slice(i, Math.min(i + CHUNK, length)));
  }
  return out;
}

// ---- UTF-8 ---------------------------------------------------------------

function utf8ByteLength(str) {
  let n = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) {
      n += 1;
    } else if (c < 0x800) {
      n += 2;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    } else {
      n += 3; // BMP character, or a lone surrogate written as U+FFFD
    }
  }
  return n;
}

// Writes whole characters only: a character that does not fit is not started.
function utf8Write(buf, str, offset = 0, max = buf.length - offset) {
  const end = Math.min(buf.length, offset + max);
  let p = offset;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (p >= end) break;
      buf[p++] = c;
      continue;
    }
    if (c < 0x800) {
      if (p + 2 > end) break;
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      let paired = false;
      if (c <= 0xdbff && i + 1 < len) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          if (p + 4 > end) break;
          const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          buf[p++] = 0xf0 | (cp >> 18);
          buf[p++] = 0x80 | ((cp >> 12) & 0x3f);
          buf[p++] = 0x80 | ((cp >> 6) & 0x3f);
          buf[p++] = 0x80 | (cp & 0x3f);
          i++;
          paired = true;
        }
      }
      if (paired) continue;
      c = 0xfffd;
    }
    if (p + 3 > end) break;
    buf[p++] = 0xe0 | (c >> 12);
    buf[p++] = 0x80 | ((c >> 6) & 0x3f);
    buf[p++] = 0x80 | (c & 0x3f);
  }
  return p - offset;
}

function utf8Encode(str) {
  const out = new Uint8Array(utf8ByteLength(str));
  utf8Write(out, str, 0, out.length);
  return out;
}

// Decodes as the WHATWG Encoding Standard does: each maximal invalid
// subsequence becomes one U+FFFD.  Given a `state` object, an incomplete
// sequence at the end is not decoded: the number of bytes it holds is set in
// state.pending, for the caller to keep for the next chunk; state.invalid
// tells whether any U+FFFD replaced invalid input.
// String.fromCharCode over bytes [start, end), which must all be < 0x80
// for UTF-8 (any byte for latin1).
function bytesToString(buf, start, end) {
  let out = '';
  for (let i = start; i < end; i += CHUNK) {
    const n = Math.min(CHUNK, end - i);
    out += String.fromCharCode.apply(null, new Uint8Array(buf.buffer, buf.byteOffset + i, n));
  }
  return out;
}

function isAscii(buf, start, end) {
  for (let i = start; i < end; i++) if (buf[i] >= 0x80) return false;
  return true;
}

function utf8Slice(buf, start = 0, end = buf.length, state) {
  if (isAscii(buf, start, end)) {
    if (state !== undefined) {
      state.pending = 0;
      state.invalid = false;
    }
    return bytesToString(buf, start, end);
  }
  const units = [];
  let needed = 0;
  let seen = 0;
  let cp = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let seqStart = start;
  let invalid = false;
  for (let i = start; i < end; i++) {
    const byte = buf[i];
    if (needed === 0) {
      if (byte < 0x80) {
        units.push(byte);
      } else if (byte >= 0xc2 && byte <= 0xdf) {
        needed = 1;
        cp = byte & 0x1f;
      } else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0;
        if (byte === 0xed) upper = 0x9f;
        needed = 2;
        cp = byte & 0x0f;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90;
        if (byte === 0xf4) upper = 0x8f;
        needed = 3;
        cp = byte & 0x07;
      } else {
        units.push(0xfffd);
        invalid = true;
      }
      seqStart = i;
      continue;
    }
    if (byte < lower || byte > upper) {
      cp = needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      units.push(0xfffd);
      invalid = true;
      i--; // reprocess this byte
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    cp = (cp << 6) | (byte & 0x3f);
    if (++seen === needed) {
      if (cp > 0xffff) {
        cp -= 0x10000;
        units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
      } else {
        units.push(cp);
      }
      cp = needed = seen = 0;
    }
  }
  if (state !== undefined) {
    state.pending = needed !== 0 ? end - seqStart : 0;
    state.invalid = invalid;
  } else if (needed !== 0) {
    units.push(0xfffd);
  }
  return fromCodeUnits(units);
}

// ---- single-byte encodings ------------------------------------------------

function latin1Write(buf, str, offset = 0, max = buf.length - offset) {
  const n = Math.min(str.length, max, buf.length - offset);
  for (let i = 0; i < n; i++) buf[offset + i] = str.charCodeAt(i);
  return n;
}

function latin1Slice(buf, start = 0, end = buf.length) {
  return bytesToString(buf, start, end);
}

function asciiSlice(buf, start = 0, end = buf.length) {
  const units = new Array(end - start);
  for (let i = start; i < end; i++) units[i - start] = buf[i] & 0x7f;
  return fromCodeUnits(units);
}

// ---- UTF-16LE -------------------------------------------------------------

function ucs2Write(buf, str, offset = 0, max = buf.length - offset) {
  const n = Math.min(str.length, Math.floor(Math.min(max, buf.length - offset) / 2));
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    buf[offset + 2 * i] = c & 0xff;
    buf[offset + 2 * i + 1] = c >>> 8;
  }
  return n * 2;
}

function ucs2Slice(buf, start = 0, end = buf.length) {
  const n = (end - start) >>> 1;
  const units = new Array(n);
  for (let i = 0; i < n; i++) units[i] = buf[start + 2 * i] | (buf[start + 2 * i + 1] << 8);
  return fromCodeUnits(units);
}

// ---- hex --------------------------------------------------------------------

const HEX = '0123456789abcdef';
const hexPairs = new Array(256);
for (let i = 0; i < 256; i++) hexPairs[i] = HEX[i >> 4] + HEX[i & 15];

function unhex(c) {
  c &= 0xff; // Node reads each UTF-16 unit as a byte
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

// Stops at the first pair that is not two hex digits.
function hexWrite(buf, str, offset = 0, max = buf.length - offset) {
  const len = Math.min(max, buf.length - offset);
  let i = 0;
  for (; i < len && i * 2 + 1 < str.length; i++) {
    const a = unhex(str.charCodeAt(i * 2));
    const b = unhex(str.charCodeAt(i * 2 + 1));
    if (a < 0 || b < 0) return i;
    buf[offset + i] = (a << 4) | b;
  }
  return i;
}

function hexSlice(buf, start = 0, end = buf.length) {
  let out = '';
  for (let i = start; i < end; i++) out += hexPairs[buf[i]];
  return out;
}

// ---- base64 -----------------------------------------------------------------

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const unbase64Table = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  unbase64Table[B64.charCodeAt(i)] = i;
  unbase64Table[B64URL.charCodeAt(i)] = i;
}

function base64ByteLength(str, bytes = str.length) {
  if (str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  return (bytes * 3) >>> 2;
}

// Lenient, as Node: both alphabets, characters outside them skipped,
// decoding stops at the first '='; a lone trailing sextet is dropped.
function base64Write(buf, str, offset = 0, max = buf.length - offset) {
  const dstlen = Math.min(max, buf.length - offset);
  const n = str.length;
  let k = 0;
  let i = 0;
  let group = 0;
  let acc = 0;
  while (i < n && k < dstlen) {
    const c = str.charCodeAt(i++) & 0xff;
    const v = unbase64Table[c];
    if (v < 0) {
      if (c === 0x3d) break;
      continue;
    }
    switch (group) {
      case 0:
        acc = v;
        group = 1;
        break;
      case 1:
        buf[offset + k++] = ((acc & 0x3f) << 2) | ((v & 0x30) >> 4);
        acc = v;
        group = 2;
        break;
      case 2:
        buf[offset + k++] = ((acc & 0x0f) << 4) | ((v & 0x3c) >> 2);
        acc = v;
        group = 3;
        break;
      default:
        buf[offset + k++] = ((acc & 0x03) << 6) | (v & 0x3f);
        group = 0;
    }
  }
  return k;
}

function base64Encode(buf, start, end, alphabet, pad) {
  let out = '';
  let i = start;
  for (; i + 2 < end; i += 3) {
    const n = (buf[i] << 16) | (buf[i + 1] << 8) | buf[i + 2];
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + alphabet[n & 63];
  }
  const rest = end - i;
  if (rest === 1) {
    const n = buf[i] << 16;
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + (pad ? '==' : '');
  } else if (rest === 2) {
    const n = (buf[i] << 16) | (buf[i + 1] << 8);
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + (pad ? '=' : '');
  }
  return out;
}

function base64Slice(buf, start = 0, end = buf.length) {
  return base64Encode(buf, start, end, B64, true);
}

function base64urlSlice(buf, start = 0, end = buf.length) {
  return base64Encode(buf, start, end, B64URL, false);
}

// ---- encoding names ---------------------------------------------------------

// Node's normalizeEncoding: the canonical name, or undefined when unknown.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (String(enc).toLowerCase()) {
    case 'utf8':
    case 'utf-8':
    case '':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'base64':
      return 'base64';
    case 'base64url':
      return 'base64url';
    case 'hex':
      return 'hex';
    case 'ascii':
      return 'ascii';
    default:
      return undefined;
  }
}

const ops = {
  utf8: { byteLength: utf8ByteLength, write: utf8Write, slice: utf8Slice },
  utf16le: { byteLength: (s) => s.length * 2, write: ucs2Write, slice: ucs2Slice },
  latin1: { byteLength: (s) => s.length, write: latin1Write, slice: latin1Slice },
  ascii: { byteLength: (s) => s.length, write: latin1Write, slice: asciiSlice },
  base64: { byteLength: (s) => base64ByteLength(s), write: base64Write, slice: base64Slice },
  base64url: { byteLength: (s) => base64ByteLength(s), write: base64Write, slice: base64urlSlice },
  hex: { byteLength: (s) => s.length >>> 1, write: hexWrite, slice: hexSlice },
};

// Encoding operations for a name as Buffer accepts it ('utf-8', 'UCS2', ...),
// or undefined. The empty string is not an encoding here.
function getEncodingOps(encoding) {
  if (encoding === '' ) return undefined;
  const name = normalizeEncoding(`${encoding}`);
  return name === undefined ? undefined : ops[name];
}

module.exports = {
  fromCodeUnits,
  utf8ByteLength,
  utf8Write,
  utf8Encode,
  utf8Slice,
  latin1Write,
  latin1Slice,
  asciiSlice,
  ucs2Write,
  ucs2Slice,
  hexWrite,
  hexSlice,
  base64ByteLength,
  base64Write,
  base64Slice,
  base64urlSlice,
  normalizeEncoding,
  getEncodingOps,
  ops,
};
