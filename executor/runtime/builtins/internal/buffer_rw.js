'use strict';
// Buffer.prototype.read* / write* for integers, floats and BigInts, with the
// range checks and error messages of Node.js v20 (lib/internal/buffer.js).

const {
  codes: { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  validateNumber,
} = require('internal/errors');

const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);
float32Array[0] = -1;
const bigEndian = uInt8Float32Array[3] === 0;

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and ` +
                `< 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

// ---- integers of 1 to 6 bytes -------------------------------------------------

function readUnsigned(buf, offset, size, littleEndian) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + size - 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - size);
  let val = 0;
  for (let i = 0; i < size; i++) {
    const byte = buf[offset + (littleEndian ? i : size - 1 - i)];
    val += byte * 2 ** (8 * i);
  }
  return val;
}

function readSigned(buf, offset, size, littleEndian) {
  const val = readUnsigned(buf, offset, size, littleEndian);
  return val >= 2 ** (8 * size - 1) ? val - 2 ** (8 * size) : val;
}

function writeInteger(buf, value, offset, size, littleEndian, min, max) {
  value = +value;
  if (size === 1) {
    validateNumber(offset, 'offset');
    if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }
  checkInt(value, min, max, buf, offset, size - 1);
  const bytes = new Array(size);
  let v = value;
  for (let i = 0; i < Math.min(size, 4); i++) {
    bytes[i] = v;
    v = v >>> 8;
  }
  if (size > 4) {
    const hi = Math.floor(value * 2 ** -32);
    bytes[4] = hi;
    if (size > 5) bytes[5] = hi >>> 8;
  }
  for (let i = 0; i < size; i++) buf[offset + (littleEndian ? i : size - 1 - i)] = bytes[i];
  return offset + size;
}

const UNSIGNED_MAX = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];

function variableLength(byteLength, fn) {
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) return fn(byteLength);
  return boundsError(byteLength, 6, 'byteLength');
}

// ---- floats --------------------------------------------------------------------

function readFloat(buf, offset, size, littleEndian) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + size - 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - size);
  const bytes = size === 4 ? uInt8Float32Array : uInt8Float64Array;
  const forwards = littleEndian !== bigEndian;
  for (let i = 0; i < size; i++) bytes[forwards ? i : size - 1 - i] = buf[offset + i];
  return size === 4 ? float32Array[0] : float64Array[0];
}

function writeFloat(buf, val, offset, size, littleEndian) {
  val = +val;
  checkBounds(buf, offset, size - 1);
  const forwards = littleEndian !== bigEndian;
  if (size === 4) float32Array[0] = val;
  else float64Array[0] = val;
  const bytes = size === 4 ? uInt8Float32Array : uInt8Float64Array;
  for (let i = 0; i < size; i++) buf[offset + i] = bytes[forwards ? i : size - 1 - i];
  return offset + size;
}

// ---- BigInt ---------------------------------------------------------------------

function readBig(buf, offset, littleEndian, signed) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 8);
  let val = 0n;
  for (let i = 0; i < 8; i++) {
    val = (val << 8n) + BigInt(buf[offset + (littleEndian ? 7 - i : i)]);
  }
  return signed ? BigInt.asIntN(64, val) : val;
}

function writeBig(buf, value, offset, littleEndian, min, max) {
  checkInt(value, min, max, buf, offset, 7);
  let v = BigInt.asUintN(64, value);
  for (let i = 0; i < 8; i++) {
    buf[offset + (littleEndian ? i : 7 - i)] = Number(v & 0xffn);
    v >>= 8n;
  }
  return offset + 8;
}

// ---- installation --------------------------------------------------------------

function addReadWriteMethods(proto) {
  const define = (names, fn) => {
    for (const name of names) proto[name] = fn;
  };
  for (const [le, suffix] of [[true, 'LE'], [false, 'BE']]) {
    for (const size of [2, 4]) {
      const bits = size * 8;
      define([`readUInt${bits}${suffix}`, `readUint${bits}${suffix}`], function (offset = 0) {
        return readUnsigned(this, offset, size, le);
      });
      define([`readInt${bits}${suffix}`], function (offset = 0) {
        return readSigned(this, offset, size, le);
      });
      define([`writeUInt${bits}${suffix}`, `writeUint${bits}${suffix}`], function (value, offset = 0) {
        return writeInteger(this, value, offset, size, le, 0, UNSIGNED_MAX[size]);
      });
      define([`writeInt${bits}${suffix}`], function (value, offset = 0) {
        return writeInteger(this, value, offset, size, le, -(2 ** (bits - 1)), 2 ** (bits - 1) - 1);
      });
    }
    // Variable width: readUIntLE(offset, byteLength) and friends.
    define([`readUInt${suffix}`, `readUint${suffix}`], function (offset, byteLength) {
      if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      return variableLength(byteLength, (n) => readUnsigned(this, offset, n, le));
    });
    define([`readInt${suffix}`], function (offset, byteLength) {
      if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      return variableLength(byteLength, (n) => readSigned(this, offset, n, le));
    });
    define([`writeUInt${suffix}`, `writeUint${suffix}`], function (value, offset, byteLength) {
      return variableLength(byteLength,
        (n) => writeInteger(this, value, offset, n, le, 0, UNSIGNED_MAX[n]));
    });
    define([`writeInt${suffix}`], function (value, offset, byteLength) {
      return variableLength(byteLength,
        (n) => writeInteger(this, value, offset, n, le, -(2 ** (8 * n - 1)), 2 ** (8 * n - 1) - 1));
    });
    define([`readFloat${suffix}`], function (offset = 0) { return readFloat(this, offset, 4, le); });
    define([`readDouble${suffix}`], function (offset = 0) { return readFloat(this, offset, 8, le); });
    define([`writeFloat${suffix}`], function (val, offset = 0) { return writeFloat(this, val, offset, 4, le); });
    define([`writeDouble${suffix}`], function (val, offset = 0) { return writeFloat(this, val, offset, 8, le); });
    define([`readBigUInt64${suffix}`, `readBigUint64${suffix}`], function (offset = 0) {
      return readBig(this, offset, le, false);
    });
    define([`readBigInt64${suffix}`], function (offset = 0) { return readBig(this, offset, le, true); });
    define([`writeBigUInt64${suffix}`, `writeBigUint64${suffix}`], function (value, offset = 0) {
      return writeBig(this, value, offset, le, 0n, 0xffffffffffffffffn);
    });
    define([`writeBigInt64${suffix}`], function (value, offset = 0) {
      return writeBig(this, value, offset, le, -0x8000000000000000n, 0x7fffffffffffffffn);
    });
  }
  define(['readUInt8', 'readUint8'], function (offset = 0) {
    validateNumber(offset, 'offset');
    const val = this[offset];
    if (val === undefined) boundsError(offset, this.length - 1);
    return val;
  });
  define(['readInt8'], function (offset = 0) {
    validateNumber(offset, 'offset');
    const val = this[offset];
    if (val === undefined) boundsError(offset, this.length - 1);
    return val | (val & 2 ** 7) * 0x1fffffe;
  });
  define(['writeUInt8', 'writeUint8'], function (value, offset = 0) {
    return writeInteger(this, value, offset, 1, true, 0, 0xff);
  });
  define(['writeInt8'], function (value, offset = 0) {
    return writeInteger(this, value, offset, 1, true, -0x80, 0x7f);
  });
}

module.exports = { addReadWriteMethods };
