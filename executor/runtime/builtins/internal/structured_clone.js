'use strict';
// structuredClone(value), the HTML structured clone algorithm as Node.js 20 runs it
// for values of one isolate (no transfer list): prototypes are dropped but for
// built-in types, shared and circular references are kept, getters are read.

const { DOMException } = require('internal/dom_exception');

const ERROR_NAMES = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
  'URIError']);
const TYPED = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array];
const tag = (v) => Object.prototype.toString.call(v).slice(8, -1);

function uncloneable(value) {
  const shown = typeof value === 'function' || typeof value === 'symbol' ? String(value) : `#<${tag(value)}>`;
  return new DOMException(`${shown} could not be cloned.`, 'DataCloneError');
}

function cloneError(error, copy) {
  const name = ERROR_NAMES.has(error.name) ? error.name : 'Error';
  const out = Object.create(globalThis[name].prototype);
  const own = (key) => Object.prototype.hasOwnProperty.call(error, key);
  for (const key of ['message', 'stack', 'cause']) {
    if (own(key)) {
      Object.defineProperty(out, key, { value: key === 'cause' ? copy(error[key]) : String(error[key]),
        writable: true, configurable: true, enumerable: false });
    }
  }
  return out;
}

function cloneTyped(value) {
  if (value instanceof DataView) return new DataView(value.buffer.slice(0), value.byteOffset, value.byteLength);
  const Type = TYPED.find((T) => tag(value) === T.name);
  return new Type(value.buffer.slice(0), value.byteOffset, value.length);
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    const err = new TypeError('The value argument must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  void options;
  const seen = new Map();

  function fields(from, to) {
    seen.set(from, to);
    for (const key of Object.keys(from)) to[key] = copy(from[key]);
    return to;
  }

  function copy(v) {
    if (typeof v === 'symbol' || typeof v === 'function') throw uncloneable(v);
    if (v === null || typeof v !== 'object') return v;
    if (seen.has(v)) return seen.get(v);
    let out;
    switch (tag(v)) {
      case 'Array': return fields(v, new Array(v.length));
      case 'Object': return fields(v, {});
      case 'Date': out = new Date(v.getTime()); break;
      case 'RegExp': out = new RegExp(v.source, v.flags); break;
      case 'Boolean': case 'Number': case 'String': case 'BigInt': out = Object(v.valueOf()); break;
      case 'ArrayBuffer': out = v.slice(0); break;
      case 'Error': out = cloneError(v, copy); break;
      case 'Map':
        out = new Map();
        seen.set(v, out);
        for (const [k, x] of v) out.set(copy(k), copy(x));
        return out;
      case 'Set':
        out = new Set();
        seen.set(v, out);
        for (const x of v) out.add(copy(x));
        return out;
      default:
        if (ArrayBuffer.isView(v)) { out = cloneTyped(v); break; }
        if (Object.getPrototypeOf(v) !== null && tag(v) !== 'Object') throw uncloneable(v);
        return fields(v, {});
    }
    seen.set(v, out);
    return out;
  }

  return copy(value);
}

module.exports = { structuredClone };
