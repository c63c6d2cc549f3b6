'use strict';
// node:crypto, the part a service without OpenSSL can have: hashes (md5,
// sha1, sha224, sha256, sha384, sha512), HMAC, PBKDF2, random bytes / UUIDs /
// integers, timingSafeEqual, getRandomValues and secret KeyObjects (jsonwebtoken
// makes one of its HMAC secret). Asymmetric keys (createPrivateKey/createPublicKey
// of a PEM, signatures, ciphers) are not provided.
//
// Random bytes come from a generator seeded by the host (see "entropy" below).

const { Buffer } = require('buffer');
const { Digest, canonicalName } = require('internal/hash');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
  validateFunction, validateInteger, validateNumber, validateObject, validateString,
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView, isTypedArray, getTypedArrayName } = require('internal/types');

const kMaxLength = 2 ** 32;
const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = Math.min(kMaxLength, kMaxInt32);

function nextTick(fn, ...args) {
  const proc = globalThis.process;
  if (proc && typeof proc.nextTick === 'function') proc.nextTick(fn, ...args);
  else Promise.resolve().then(() => fn(...args));
}

// ---- entropy ------------------------------------------------------------------------
// An isolate has no randomness a service could trust: the host adds fresh bytes
// (os.urandom) when it loads the isolate and with every message, which this
// HMAC-DRBG (NIST SP 800-90A, SHA-256) takes in before it generates. Without
// them, random bytes are an error, never Math.random.

const drbg = { key: new Uint8Array(32), value: new Uint8Array(32).fill(1), seeded: false };

function drbgHmac(key, ...parts) {
  const h = hmacState('sha256', key);
  for (const part of parts) h.update(part);
  return h.digest();
}

function drbgUpdate(data) {
  for (const round of [0, 1]) {
    if (round === 1 && !data.length) return;
    drbg.key = drbgHmac(drbg.key, drbg.value, Uint8Array.of(round), data);
    drbg.value = drbgHmac(drbg.key, drbg.value);
  }
}

function takeHostEntropy() {
  const take = globalThis.__liquefyTakeEntropy;
  const hex = typeof take === 'function' ? take() : '';
  if (hex) {
    drbgUpdate(Buffer.from(hex, 'hex'));
    drbg.seeded = true;
  }
  if (!drbg.seeded) throw new Error('Liquefy: no entropy from the host, so no secure random bytes');
}

function fillRandom(bytes) {
  const n = bytes.length;
  if (n === 0) return bytes;
  takeHostEntropy();
  for (let at = 0; at < n; at += 32) {
    drbg.value = drbgHmac(drbg.key, drbg.value);
    bytes.set(drbg.value.subarray(0, Math.min(32, n - at)), at);
  }
  drbgUpdate(new Uint8Array(0));
  return bytes;
}

// ---- inputs ------------------------------------------------------------------------------

// Node's ParseEncoding for the binding calls: known names, else the default.
function parseEncoding(encoding, fallback) {
  if (typeof encoding !== 'string') return fallback;
  switch (encoding.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'buffer': return 'buffer';
    case 'hex': return 'hex';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'ascii': return 'ascii';
    default: return fallback;
  }
}

function toBytes(data) {
  if (isAnyArrayBuffer(data)) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function encodeOutput(bytes, encoding) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const enc = parseEncoding(encoding, 'buffer');
  return enc === 'buffer' ? buf : buf.toString(enc);
}

function validateEncoding(data, encoding) {
  const normalized = parseEncoding(encoding, undefined);
  const length = data.length;
  if (normalized === 'hex' && length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${length}`);
  }
}

function dataBytes(data, encoding) {
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
    const enc = parseEncoding(encoding, 'utf8');
    return Buffer.from(data, enc === 'buffer' ? 'utf8' : enc);
  }
  if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return toBytes(data);
}

function getArrayBufferOrView(buffer, name, encoding) {
  if (isAnyArrayBuffer(buffer)) return new Uint8Array(buffer);
  if (typeof buffer === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(buffer, encoding);
  }
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  return toBytes(buffer);
}

function prepareSecretKey(key, encoding) {
  if (key instanceof KeyObject && key.type === 'secret') return key[kKeyBytes];
  if (typeof key === 'string') return Buffer.from(key, encoding);
  if (isAnyArrayBuffer(key) || isArrayBufferView(key)) return toBytes(key);
  throw new ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

// ---- KeyObject: secret keys only ---------------------------------------------------------

const kKeyType = Symbol('kKeyType');
const kKeyBytes = Symbol('kKeyBytes');

class KeyObject {
  constructor(type, bytes) {
    if (type !== 'secret') throw new ERR_INVALID_ARG_VALUE('type', type);
    this[kKeyType] = type;
    this[kKeyBytes] = bytes;
  }

  get type() { return this[kKeyType]; }

  get [Symbol.toStringTag]() { return 'KeyObject'; }
}

class SecretKeyObject extends KeyObject {
  get symmetricKeySize() { return this[kKeyBytes].length; }

  export(options) {
    if (options !== undefined) validateObject(options, 'options');
    const format = options?.format;
    if (format === 'jwk') return { kty: 'oct', k: Buffer.from(this[kKeyBytes]).toString('base64url') };
    if (format !== undefined && format !== 'buffer') {
      throw new ERR_INVALID_ARG_VALUE('options.format', format, "must be one of: undefined, 'buffer', 'jwk'");
    }
    return Buffer.from(this[kKeyBytes]);
  }

  equals(other) {
    if (!(other instanceof KeyObject)) throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', other);
    return other.type === 'secret' && timingSafeLengthEqual(this[kKeyBytes], other[kKeyBytes]);
  }
}

function timingSafeLengthEqual(a, b) {
  return a.length === b.length && timingSafeEqual(a, b);
}

function createSecretKey(key, encoding) {
  if (typeof key !== 'string' && !isAnyArrayBuffer(key) && !isArrayBufferView(key)) {
    throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  return new SecretKeyObject('secret', Buffer.from(prepareSecretKey(key, encoding)));
}

// No asymmetric keys: a PEM or DER key says so; anything else is what OpenSSL answers
// when it cannot decode a key (jsonwebtoken then takes the material as a secret).
function asymmetricKey(key) {
  const material = key !== null && typeof key === 'object' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)
    ? key.key : key;
  if (typeof material !== 'string' && !isAnyArrayBuffer(material) && !isArrayBufferView(material)) {
    throw new ERR_INVALID_ARG_TYPE('key.key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], material);
  }
  if (String(typeof material === 'string' ? material : Buffer.from(toBytes(material))).includes('-----BEGIN')) {
    const err = new Error('Liquefy: asymmetric keys (createPrivateKey, createPublicKey) are not available');
    err.code = 'ERR_LIQUEFY_UNAVAILABLE';
    throw err;
  }
  const err = new Error('error:1E08010C:DECODER routines::unsupported');
  err.code = 'ERR_OSSL_UNSUPPORTED';
  throw err;
}

// Raised by Node's C++ side: a plain TypeError with a code.
function invalidDigest(name) {
  const err = new TypeError(`Invalid digest: ${name}`);
  err.code = 'ERR_CRYPTO_INVALID_DIGEST';
  return err;
}

// ---- Hash / Hmac ----------------------------------------------------------------------------

const kState = Symbol('kState');
const kHandle = Symbol('kHandle');

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  if (algorithm instanceof Hash) {
    this[kHandle] = algorithm[kHandle].copy();
  } else {
    validateString(algorithm, 'algorithm');
    if (canonicalName(algorithm) === undefined) throw new Error('Digest method not supported');
    this[kHandle] = new Digest(algorithm);
  }
  this[kState] = { finalized: false };
}

Hash.prototype.copy = function copy(options) {
  if (this[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  this[kHandle].update(dataBytes(data, encoding));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  const bytes = this[kHandle].digest();
  this[kState].finalized = true;
  return encodeOutput(bytes, outputEncoding && `${outputEncoding}`);
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = options?.encoding;
  key = prepareSecretKey(key, encoding);
  const name = canonicalName(hmac);
  if (name === undefined) throw invalidDigest(hmac);
  this[kHandle] = hmacState(name, key);
  this[kState] = { finalized: false };
}

// The inner and outer digests of HMAC after their key blocks.
function hmacState(name, key) {
  const inner = new Digest(name);
  const block = inner.blockSize;
  if (key.length > block) key = new Digest(name).update(key).digest();
  const k = new Uint8Array(block);
  k.set(key);
  const outer = new Digest(name);
  inner.update(k.map((b) => b ^ 0x36));
  outer.update(k.map((b) => b ^ 0x5c));
  return {
    inner,
    outer,
    update(bytes) { this.inner.update(bytes); },
    digest() { return this.outer.update(this.inner.digest()).digest(); },
    copy() { return { ...this, inner: this.inner.copy(), outer: this.outer.copy() }; },
  };
}

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype.digest = function digest(outputEncoding) {
  if (this[kState].finalized) {
    const buf = Buffer.from('');
    if (outputEncoding && outputEncoding !== 'buffer') return buf.toString(outputEncoding);
    return buf;
  }
  const bytes = this[kHandle].digest();
  this[kState].finalized = true;
  return encodeOutput(bytes, outputEncoding && `${outputEncoding}`);
};

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    normalized = require('internal/encodings').normalizeEncoding(outputEncoding);
    if (normalized === undefined) {
      if (outputEncoding.toLowerCase() === 'buffer') normalized = 'buffer';
      else throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
    }
  }
  if (canonicalName(algorithm) === undefined) throw new Error('Digest method not supported');
  const bytes = new Digest(algorithm).update(typeof input === 'string' ? Buffer.from(input) : toBytes(input)).digest();
  return encodeOutput(bytes, normalized);
}

const HASH_NAMES = [
  'RSA-MD5', 'RSA-SHA1', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA384', 'RSA-SHA512',
  'md5', 'md5WithRSAEncryption', 'sha1', 'sha1WithRSAEncryption', 'sha224', 'sha224WithRSAEncryption',
  'sha256', 'sha256WithRSAEncryption', 'sha384', 'sha384WithRSAEncryption', 'sha512',
  'sha512WithRSAEncryption',
];

function getHashes() {
  return HASH_NAMES.slice();
}

// ---- PBKDF2 --------------------------------------------------------------------------------

function pbkdf2Check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInteger(iterations, 'iterations', 1, kMaxInt32);
  validateInteger(keylen, 'keylen', 0, kMaxInt32);
  const name = canonicalName(digest);
  if (name === undefined) throw invalidDigest(digest);
  return { password, salt, name };
}

function pbkdf2Derive(password, salt, iterations, keylen, name) {
  const out = Buffer.alloc(keylen);
  const base = hmacState(name, password);
  const counter = new Uint8Array(4);
  let written = 0;
  for (let block = 1; written < keylen; block++) {
    counter[0] = block >>> 24;
    counter[1] = (block >>> 16) & 0xff;
    counter[2] = (block >>> 8) & 0xff;
    counter[3] = block & 0xff;
    const first = base.copy();
    first.update(salt);
    first.update(counter);
    let u = first.digest();
    const t = u.slice();
    for (let i = 1; i < iterations; i++) {
      const next = base.copy();
      next.update(u);
      u = next.digest();
      for (let j = 0; j < t.length; j++) t[j] ^= u[j];
    }
    const take = Math.min(t.length, keylen - written);
    out.set(t.subarray(0, take), written);
    written += take;
  }
  return out;
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const checked = pbkdf2Check(password, salt, iterations, keylen, digest);
  return pbkdf2Derive(checked.password, checked.salt, iterations, keylen, checked.name);
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const checked = pbkdf2Check(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  nextTick(() => {
    let result;
    try {
      result = pbkdf2Derive(checked.password, checked.salt, iterations, keylen, checked.name);
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, result);
  });
}

// ---- randomness ----------------------------------------------------------------------------

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = fillRandom(Buffer.alloc(size));
  if (callback === undefined) return buf;
  nextTick(callback, null, buf);
  return undefined;
}

function randomFillSync(buf, offset = 0, size) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const bytes = toBytes(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, bytes.length);
  if (size === undefined) size = bytes.length - offset;
  else size = assertSize(size, elementSize, offset, bytes.length);
  fillRandom(bytes.subarray(offset, offset + size));
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, 'callback');
  randomFillSync(buf, offset, size);
  nextTick(callback, null, buf);
}

const RAND_MAX = 0xFFFFFFFFFFFF;

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  // Rejection sampling over 48-bit values, as Node does.
  const randLimit = RAND_MAX - (RAND_MAX % range);
  const six = new Uint8Array(6);
  let n;
  do {
    fillRandom(six);
    n = 0;
    for (let i = 0; i < 6; i++) n = n * 256 + six[i];
  } while (n >= randLimit);
  const result = (n % range) + min;
  if (isSync) return result;
  nextTick(callback, undefined, result);
  return undefined;
}

const hexBytes = [];
for (let i = 0; i < 256; i++) hexBytes.push((i + 0x100).toString(16).slice(1));

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const b = fillRandom(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = (i) => hexBytes[b[i]];
  return `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${h(6)}${h(7)}-${h(8)}${h(9)}-` +
    `${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`;
}

function domException(message, name) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, name);
}

function getRandomValues(data) {
  if (!isTypedArray(data) || /^(Float32|Float64|Float16)Array$/.test(getTypedArrayName(data))) {
    throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  fillRandom(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return data;
}

// ---- comparison ----------------------------------------------------------------------------

function timingSafeEqual(buf1, buf2) {
  for (const [buf, name] of [[buf1, 'buf1'], [buf2, 'buf2']]) {
    if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
      const err = new TypeError(`The "${name}" argument must be an instance of ArrayBuffer, Buffer, ` +
        'TypedArray, or DataView.');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
  }
  const a = toBytes(buf1);
  const b = toBytes(buf2);
  if (a.length !== b.length) {
    const err = new RangeError('Input buffers must have the same byte length');
    err.code = 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH';
    throw err;
  }
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

// Web Crypto's SubtleCrypto: only digest() (SHA-1/256/384/512) for now, as services hash a
// payload with it (`await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))`);
// every failure is a rejection, as in Node.js. Keys, signatures and ciphers are not there.
const SUBTLE_DIGESTS = { 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512' };
class SubtleCrypto {
  digest(algorithm, data) {
    return new Promise((resolve) => {
      const count = arguments.length;
      if (count < 2) {
        const e = new TypeError(`Failed to execute 'digest' on 'SubtleCrypto': 2 arguments required, but only ${count} present.`);
        e.code = 'ERR_MISSING_ARGS';
        throw e;
      }
      const name = algorithm !== null && typeof algorithm === 'object' ? algorithm.name : algorithm;
      const hashName = SUBTLE_DIGESTS[String(name).toLowerCase()];
      if (!isAnyArrayBuffer(data) && !isArrayBufferView(data)) {
        const e = new TypeError("Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.");
        e.code = 'ERR_INVALID_ARG_TYPE';
        throw e;
      }
      if (!hashName) {
        const { DOMException } = require('internal/dom_exception');
        throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
      }
      const bytes = isAnyArrayBuffer(data) ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      const out = createHash(hashName).update(bytes).digest();
      resolve(out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength));
    });
  }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });
for (const name of ['encrypt', 'decrypt', 'sign', 'verify', 'generateKey', 'deriveKey', 'deriveBits', 'importKey',
                    'exportKey', 'wrapKey', 'unwrapKey']) {
  Object.defineProperty(SubtleCrypto.prototype, name, { configurable: true, writable: true, value() {
    return Promise.reject(new Error(`Liquefy: crypto.subtle.${name}() is not available (only digest() is)`));
  } });
}
const subtle = new SubtleCrypto();

const webcrypto = { getRandomValues, randomUUID, subtle };

module.exports = {
  createHash,
  createHmac,
  hash,
  getHashes,
  getCiphers: () => [],
  getCurves: () => [],
  pbkdf2,
  pbkdf2Sync,
  randomBytes,
  pseudoRandomBytes: randomBytes,
  prng: randomBytes,
  rng: randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues,
  timingSafeEqual,
  webcrypto,
  subtle,
  Hash,
  Hmac,
  KeyObject,
  createSecretKey,
  createPrivateKey: asymmetricKey,
  createPublicKey: asymmetricKey,
  constants: {},
};

