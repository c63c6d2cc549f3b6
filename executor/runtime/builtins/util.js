'use strict';
// node:util (Node.js v20 behaviour).

const {
  codes: { ERR_FALSY_VALUE_REJECTION, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  validateBoolean, validateFunction, validateNumber, validateOneOf, validateString,
} = require('internal/errors');
const inspectModule = require('internal/inspect');
const types = require('internal/types');

const { format, formatWithOptions, inspect, stripVTControlCharacters } = inspectModule;

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');

function isBoolean(arg) { return typeof arg === 'boolean'; }
function isNull(arg) { return arg === null; }
function isNullOrUndefined(arg) { return arg === null || arg === undefined; }
function isNumber(arg) { return typeof arg === 'number'; }
function isString(arg) { return typeof arg === 'string'; }
function isSymbol(arg) { return typeof arg === 'symbol'; }
function isUndefined(arg) { return arg === undefined; }
function isObject(arg) { return arg !== null && typeof arg === 'object'; }
function isError(e) { return types.isNativeError(e) || e instanceof Error; }
function isFunction(arg) { return typeof arg === 'function'; }
function isPrimitive(arg) { return arg === null || (typeof arg !== 'object' && typeof arg !== 'function'); }
function isBuffer(b) { return require('buffer').Buffer.isBuffer(b); }

// Where warnings go: process.emitWarning once the runtime has a process,
// else the console.
function emitWarning(message, type, code) {
  const proc = globalThis.process;
  if (proc && typeof proc.emitWarning === 'function') {
    proc.emitWarning(message, type, code);
  } else if (globalThis.console && typeof globalThis.console.error === 'function') {
    globalThis.console.error(`(node) ${code ? `[${code}] ` : ''}${type}: ${message}`);
  }
}

const codesWarned = new Set();
function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    const proc = globalThis.process;
    if (!(proc && proc.noDeprecation) && !warned) {
      warned = true;
      if (code === undefined || !codesWarned.has(code)) {
        if (code !== undefined) codesWarned.add(code);
        emitWarning(msg, 'DeprecationWarning', code);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  return Object.defineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisifiedSymbol;

// The runtime's next tick when it has one, else a microtask.
function nextTick(fn, ...args) {
  const proc = globalThis.process;
  if (proc && typeof proc.nextTick === 'function') proc.nextTick(fn, ...args);
  else Promise.resolve().then(() => fn(...args));
}

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    reason = new ERR_FALSY_VALUE_REJECTION(reason);
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args)
      .then((ret) => nextTick(cb, null, ret),
        (rej) => nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function pad(n) { return n.toString().padStart(2, '0'); }
function timestamp() {
  const d = new Date();
  const t = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  return `${d.getDate()} ${months[d.getMonth()]} ${t}`;
}

function log(...args) {
  globalThis.console.log('%s - %s', timestamp(), format(...args));
}

// NODE_DEBUG-driven debug logging, to stderr through the console.
const debugImpls = Object.create(null);
function debuglog(set, cb) {
  let enabled;
  let impl;
  function init() {
    set = set.toUpperCase();
    const env = globalThis.process?.env?.NODE_DEBUG;
    if (env) {
      const pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
      enabled = new RegExp(`^${pattern}$`, 'i').test(set);
    } else {
      enabled = false;
    }
  }
  function getImpl() {
    if (impl === undefined) {
      init();
      if (debugImpls[set] === undefined) {
        debugImpls[set] = enabled ? (...args) => {
          const pid = globalThis.process?.pid ?? 0;
          globalThis.console.error(format('%s %s: %s', set, pid, format(...args)));
        } : () => {};
      }
      impl = debugImpls[set];
      if (typeof cb === 'function') cb(impl);
    }
    return impl;
  }
  const logger = (...args) => getImpl()(...args);
  Object.defineProperty(logger, 'enabled', {
    get() {
      getImpl();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  return `Unknown system error ${err}`;
}

function toUSVString(input) {
  const s = `${input}`;
  return s.toWellFormed ? s.toWellFormed() :
    s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

let deepEqual;
function isDeepStrictEqual(a, b) {
  if (deepEqual === undefined) deepEqual = require('internal/comparisons').isDeepStrictEqual;
  return deepEqual(a, b);
}

// Node 20's parser of .env files (src/node_dotenv.cc, Dotenv::ParseContent), for util.parseEnv and
// process.loadEnvFile: `KEY=value`, `export KEY=...`, `#` comments, values in '', "" (where \n is a
// newline) or ``, the last of a repeated key.
function parseDotenv(input) {
  const store = {};
  const trimSpaces = (s) => s.replace(/^ +| +$/g, '');
  let content = trimSpaces(String(input).replace(/\r/g, ''));
  while (content.length) {
    if (content[0] === '\n' || content[0] === '#') {
      const newline = content.indexOf('\n');
      if (newline !== -1) {
        content = content.slice(newline + 1);
        continue;
      }
    }
    const equal = content.indexOf('=');
    if (equal === -1) break;
    let key = content.slice(0, equal);
    content = content.slice(equal + 1);
    key = trimSpaces(key);
    if (!content.length || content[0] === '\n') {
      store[key] = '';
      continue;
    }
    content = trimSpaces(content);
    if (!key.length) break;
    if (key.startsWith('export ')) key = key.slice(7);
    if (!content.length) {
      store[key] = '';
      break;
    }
    const quote = content[0];
    if (quote === '"') {
      const closing = content.indexOf('"', 1);
      if (closing !== -1) {
        store[key] = content.slice(1, closing).split('\\n').join('\n');
        const newline = content.indexOf('\n', closing + 1);
        content = newline !== -1 ? content.slice(newline + 1) : '';
        continue;
      }
    }
    if (quote === "'" || quote === '"' || quote === '`') {
      const closing = content.indexOf(quote, 1);
      if (closing === -1) {
        const newline = content.indexOf('\n');
        if (newline !== -1) {
          store[key] = content.slice(0, newline);
          content = content.slice(newline);
        } else {
          content = '';  // `KEY="value` on the last line: nothing
        }
      } else {
        store[key] = content.slice(1, closing);
        const newline = content.indexOf('\n', closing + 1);
        content = newline !== -1 ? content.slice(newline) : '';
      }
    } else {
      const newline = content.indexOf('\n');
      let value;
      if (newline !== -1) {
        value = content.slice(0, newline);
        const hash = value.indexOf('#');
        if (hash !== -1) value = value.slice(0, hash);
        content = content.slice(newline);
      } else {
        value = content;
        const hash = value.indexOf('#');
        if (hash !== -1) value = value.slice(0, hash);
        content = '';
      }
      store[key] = trimSpaces(value);
    }
  }
  return store;
}

function parseEnv(content) {
  validateString(content, 'content');
  return parseDotenv(content);
}

// util.styleText (Node.js v20.20): a single format is left out where the stream shows no colours
// (not a TTY, and no FORCE_COLOR), a list of formats is always applied; text, options and stream are
// checked first, then each format is one of inspect.colors' names.
const kStdout = Symbol('stdout');
function styleText(format, text, { validateStream = true, stream = kStdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  if (stream === kStdout) stream = typeof process === 'object' && process.stdout ? process.stdout : { write() {} };
  if (validateStream) {
    const Stream = require('stream').Stream;
    const isStream = stream !== null && typeof stream === 'object' && (stream instanceof Stream ||
      typeof stream.pipe === 'function' || typeof stream.write === 'function' || typeof stream.getReader === 'function' ||
      typeof stream.getWriter === 'function');
    if (!isStream) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const escape = (code) => `\u001b[${code}m`;
  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const codes = inspect.colors[key];
      if (codes == null) validateOneOf(key, 'format', Object.keys(inspect.colors));
      left += escape(codes[0]);
      right = `${escape(codes[1])}${right}`;
    }
    return `${left}${text}${right}`;
  }
  const codes = inspect.colors[format];
  if (codes == null) validateOneOf(format, 'format', Object.keys(inspect.colors));
  return skipColorize ? text : `${escape(codes[0])}${text}${escape(codes[1])}`;
}

function shouldColorize(stream) {
  const force = typeof process === 'object' && process.env ? process.env.FORCE_COLOR : undefined;
  if (force !== undefined) return !['0', 'false'].includes(force);
  return Boolean(stream && stream.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

module.exports = {
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  formatWithOptions,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  parseEnv,
  promisify,
  stripVTControlCharacters,
  styleText,
  toUSVString,
  types,
};

for (const name of ['TextDecoder', 'TextEncoder']) {
  Object.defineProperty(module.exports, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = require('internal/encoding')[name];
      Object.defineProperty(module.exports, name, {
        value, writable: true, configurable: true, enumerable: true,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, {
        value, writable: true, configurable: true, enumerable: true,
      });
    },
  });
}
