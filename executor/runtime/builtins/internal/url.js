'use strict';
// The WHATWG URL and URLSearchParams classes as Node.js v20 exposes them
// (globals and node:url), on the parser of internal/url_parser.

const parser = require('internal/url_parser');
const { encodeStr, hexTable, isHexTable } = require('internal/querystring');
const {
  codes: {
    ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH, ERR_INVALID_THIS, ERR_INVALID_TUPLE,
    ERR_INVALID_URL_SCHEME, ERR_MISSING_ARGS,
  },
  validateFunction,
} = require('internal/errors');

const { FAILURE, basicParse, serializeURL, serializePath } = parser;
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// Node raises this one from C++: a plain TypeError with code, input and base.
function invalidURL(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base != null) err.base = base;
  return err;
}

function toUSVString(value) {
  const s = `${value}`;
  return s.toWellFormed ? s.toWellFormed() :
    s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function lazyInspect() {
  return require('internal/inspect');
}

// ---- application/x-www-form-urlencoded --------------------------------------------

let querystring;
function qsUnescape(s) {
  if (querystring === undefined) querystring = require('querystring');
  return querystring.unescape(s);
}

// The name/value list of a query string, flattened (Node's parseParams).
function parseParams(qs) {
  const out = [];
  let seenSep = false;
  let buf = '';
  let encoded = false;
  let encodeCheck = 0;
  let i = qs[0] === '?' ? 1 : 0;
  let pairStart = i;
  let lastPos = i;
  for (; i < qs.length; ++i) {
    const code = qs.charCodeAt(i);
    if (code === 0x26) { // &
      if (pairStart === i) {
        lastPos = pairStart = i + 1;
        continue;
      }
      if (lastPos < i) buf += qs.slice(lastPos, i);
      if (encoded) buf = qsUnescape(buf);
      out.push(buf);
      if (!seenSep) out.push('');
      seenSep = false;
      buf = '';
      encoded = false;
      encodeCheck = 0;
      lastPos = pairStart = i + 1;
      continue;
    }
    if (!seenSep && code === 0x3d) { // =
      if (lastPos < i) buf += qs.slice(lastPos, i);
      if (encoded) buf = qsUnescape(buf);
      out.push(buf);
      seenSep = true;
      buf = '';
      encoded = false;
      encodeCheck = 0;
      lastPos = i + 1;
      continue;
    }
    if (code === 0x2b) { // +
      if (lastPos < i) buf += qs.slice(lastPos, i);
      buf += ' ';
      lastPos = i + 1;
    } else if (!encoded) {
      if (code === 0x25) {
        encodeCheck = 1;
      } else if (encodeCheck > 0) {
        if (isHexTable[code] === 1) {
          if (++encodeCheck === 3) encoded = true;
        } else {
          encodeCheck = 0;
        }
      }
    }
  }
  if (pairStart === i) return out;
  if (lastPos < i) buf += qs.slice(lastPos, i);
  if (encoded) buf = qsUnescape(buf);
  out.push(buf);
  if (!seenSep) out.push('');
  return out;
}

// Characters left alone by the urlencoded serializer: * - . _ and alphanumerics.
const noEscape = new Int8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-._') {
  noEscape[ch.charCodeAt(0)] = 1;
}
const paramHexTable = hexTable.slice();
paramHexTable[0x20] = '+';

function serializeParams(array) {
  const len = array.length;
  if (len === 0) return '';
  let output = `${encodeStr(array[0], noEscape, paramHexTable)}=${encodeStr(array[1], noEscape, paramHexTable)}`;
  for (let i = 2; i < len; i += 2) {
    output += `&${encodeStr(array[i], noEscape, paramHexTable)}=${encodeStr(array[i + 1], noEscape, paramHexTable)}`;
  }
  return output;
}

// ---- URLSearchParams ----------------------------------------------------------------

let getParamsList;
let setParamsList;
let setParamsURL;
let onParamsUpdate;

class URLSearchParams {
  #list = [];
  #url = null;

  static {
    getParamsList = (obj) => obj.#list;
    setParamsList = (obj, list) => { obj.#list = list; };
    setParamsURL = (obj, url) => { obj.#url = url; };
  }

  constructor(init = undefined) {
    if (init == null) {
      // Nothing to add.
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if (pair == null) {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          } else if (Array.isArray(pair)) {
            if (pair.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
            this.#list.push(toUSVString(pair[0]), toUSVString(pair[1]));
          } else {
            if ((typeof pair !== 'object' && typeof pair !== 'function') ||
                typeof pair[Symbol.iterator] !== 'function') {
              throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
            }
            let length = 0;
            for (const element of pair) {
              length++;
              this.#list.push(toUSVString(element));
            }
            if (length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
        }
      } else {
        const visited = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc !== undefined && desc.enumerable) {
            const typedKey = toUSVString(key);
            const typedValue = toUSVString(init[key]);
            const keyIdx = visited.get(typedKey);
            if (keyIdx !== undefined) {
              this.#list[keyIdx] = typedValue;
            } else {
              visited.set(typedKey, this.#list.push(typedKey, typedValue) - 1);
            }
          }
        }
      }
    } else {
      init = toUSVString(init);
      this.#list = init ? parseParams(init) : [];
    }
  }

  #check() {
    if (typeof this !== 'object' || this === null || !(#list in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
  }

  #update() {
    if (this.#url !== null) onParamsUpdate(this.#url, serializeParams(this.#list));
  }

  [customInspect](recurseTimes, ctx) {
    if (typeof this !== 'object' || this === null || !(#list in this)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const { inspect, stripVTControlCharacters } = lazyInspect();
    const separator = ', ';
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const innerInspect = (v) => inspect(v, innerOpts);
    const list = this.#list;
    const output = [];
    for (let i = 0; i < list.length; i += 2) output.push(`${innerInspect(list[i])} => ${innerInspect(list[i + 1])}`);
    const length = output.reduce(
      (prev, cur) => prev + stripVTControlCharacters(cur).length + separator.length, -separator.length);
    if (length > ctx.breakLength) return `${this.constructor.name} {\n  ${output.join(',\n  ')} }`;
    if (output.length) return `${this.constructor.name} { ${output.join(separator)} }`;
    return `${this.constructor.name} {}`;
  }

  get size() {
    this.#check();
    return this.#list.length / 2;
  }

  append(name, value) {
    this.#check();
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    this.#check();
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    this.#check();
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    this.#check();
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    const values = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) values.push(list[i + 1]);
    return values;
  }

  has(name, value = undefined) {
    this.#check();
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    this.#check();
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#list;
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  // Stable, by UTF-16 code units of the names.
  sort() {
    this.#check();
    const pairs = [];
    for (let i = 0; i < this.#list.length; i += 2) pairs.push([this.#list[i], this.#list[i + 1]]);
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#list = pairs.flat();
    this.#update();
  }

  entries() {
    this.#check();
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    this.#check();
    validateFunction(callback, 'callback');
    let list = this.#list;
    let i = 0;
    while (i < list.length) {
      const key = list[i];
      const value = list[i + 1];
      callback.call(thisArg, value, key, this);
      list = this.#list;
      i += 2;
    }
  }

  keys() {
    this.#check();
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    this.#check();
    return new URLSearchParamsIterator(this, 'value');
  }

  toString() {
    this.#check();
    return serializeParams(this.#list);
  }
}

const enumerable = { enumerable: true };
Object.defineProperties(URLSearchParams.prototype, {
  append: enumerable,
  delete: enumerable,
  get: enumerable,
  getAll: enumerable,
  has: enumerable,
  set: enumerable,
  size: enumerable,
  sort: enumerable,
  entries: enumerable,
  forEach: enumerable,
  keys: enumerable,
  values: enumerable,
  toString: enumerable,
  [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams' },
  [Symbol.iterator]: { configurable: true, writable: true, value: URLSearchParams.prototype.entries },
});

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

class URLSearchParamsIterator {
  #target;
  #kind;
  #index = 0;

  constructor(target, kind) {
    this.#target = target;
    this.#kind = kind;
  }

  next() {
    if (typeof this !== 'object' || this === null || !(#target in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    const values = getParamsList(this.#target);
    const index = this.#index;
    if (index >= values.length) return { value: undefined, done: true };
    const name = values[index];
    const value = values[index + 1];
    this.#index = index + 2;
    let result;
    if (this.#kind === 'key') result = name;
    else if (this.#kind === 'value') result = value;
    else result = [name, value];
    return { value: result, done: false };
  }

  [customInspect](recurseTimes, ctx) {
    if (typeof this !== 'object' || this === null || !(#target in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const { inspect } = lazyInspect();
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const index = this.#index;
    const values = getParamsList(this.#target);
    const output = values.slice(index).reduce((prev, cur, i) => {
      const key = i % 2 === 0;
      if (this.#kind === 'key' && key) prev.push(cur);
      else if (this.#kind === 'value' && !key) prev.push(cur);
      else if (this.#kind === 'key+value' && !key) prev.push([values[index + i - 1], cur]);
      return prev;
    }, []);
    const breakLn = inspect(output, innerOpts).includes('\n');
    const outputStrs = output.map((p) => inspect(p, innerOpts));
    const outputStr = breakLn ? `\n  ${outputStrs.join(',\n  ')}` : ` ${outputStrs.join(', ')}`;
    return `${this[Symbol.toStringTag]} {${outputStr} }`;
  }
}
Object.setPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
Object.defineProperties(URLSearchParamsIterator.prototype, {
  [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams Iterator' },
  next: enumerable,
});

// ---- URL -------------------------------------------------------------------------------

const kParseURLSymbol = Symbol('kParseURL');

// An opaque path loses its trailing spaces once nothing follows it.
function stripTrailingSpacesFromOpaquePath(url) {
  if (!url.opaque || url.fragment !== null || url.query !== null) return;
  url.path = url.path.replace(/ +$/, '');
}

class URL {
  #url;
  #searchParams = null;

  static {
    onParamsUpdate = (obj, serialized) => {
      obj.#url.query = serialized === '' ? null : serialized;
      if (obj.#url.query === null) stripTrailingSpacesFromOpaquePath(obj.#url);
    };
  }

  constructor(input, base = undefined, parseSymbol = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const raiseException = parseSymbol !== kParseURLSymbol;
    let parsedBase = null;
    if (base !== undefined) {
      parsedBase = basicParse(base);
      if (parsedBase === FAILURE) {
        if (raiseException) throw invalidURL(input, base);
        this.#url = null;
        return;
      }
    }
    const url = basicParse(input, parsedBase);
    if (url === FAILURE) {
      if (raiseException) throw invalidURL(input, base);
      this.#url = null;
      return;
    }
    this.#url = url;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const parsed = new URL(input, base, kParseURLSymbol);
    return parsed.#url ? parsed : null;
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = `${url}`;
    let parsedBase = null;
    if (base !== undefined) {
      parsedBase = basicParse(`${base}`);
      if (parsedBase === FAILURE) return false;
    }
    return basicParse(url, parsedBase) !== FAILURE;
  }

  [customInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = Object.getPrototypeOf(this)?.constructor || URL;
    const obj = { __proto__: { constructor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `${constructor.name} ${lazyInspect().inspect(obj, opts)}`;
  }

  #refreshSearchParams() {
    if (this.#searchParams !== null) {
      const query = this.#url.query;
      setParamsList(this.#searchParams, query ? parseParams(query) : []);
    }
  }

  toString() {
    return serializeURL(this.#url);
  }

  get href() {
    return serializeURL(this.#url);
  }

  set href(value) {
    value = `${value}`;
    const url = basicParse(value);
    if (url === FAILURE) throw invalidURL(value);
    this.#url = url;
    this.#refreshSearchParams();
  }

  get origin() {
    return parser.serializeOrigin(this.#url);
  }

  get protocol() {
    return `${this.#url.scheme}:`;
  }

  set protocol(value) {
    basicParse(`${value}:`, null, this.#url, 'scheme start');
  }

  get username() {
    return this.#url.username;
  }

  set username(value) {
    if (parser.cannotHaveUsernamePasswordPort(this.#url)) return;
    this.#url.username = parser.encodeString(`${value}`, parser.inUserinfoSet);
  }

  get password() {
    return this.#url.password;
  }

  set password(value) {
    if (parser.cannotHaveUsernamePasswordPort(this.#url)) return;
    this.#url.password = parser.encodeString(`${value}`, parser.inUserinfoSet);
  }

  get host() {
    const url = this.#url;
    if (url.host === null) return '';
    if (url.port === null) return url.host;
    return `${url.host}:${url.port}`;
  }

  set host(value) {
    if (this.#url.opaque) return;
    basicParse(`${value}`, null, this.#url, 'host');
  }

  get hostname() {
    return this.#url.host === null ? '' : this.#url.host;
  }

  set hostname(value) {
    if (this.#url.opaque) return;
    basicParse(`${value}`, null, this.#url, 'hostname');
  }

  get port() {
    return this.#url.port === null ? '' : `${this.#url.port}`;
  }

  set port(value) {
    if (parser.cannotHaveUsernamePasswordPort(this.#url)) return;
    value = `${value}`;
    if (value === '') this.#url.port = null;
    else basicParse(value, null, this.#url, 'port');
  }

  get pathname() {
    return serializePath(this.#url);
  }

  set pathname(value) {
    if (this.#url.opaque) return;
    this.#url.path = [];
    basicParse(`${value}`, null, this.#url, 'path start');
  }

  get search() {
    const { query } = this.#url;
    return query === null || query === '' ? '' : `?${query}`;
  }

  set search(value) {
    value = toUSVString(value);
    const url = this.#url;
    if (value === '') {
      url.query = null;
      if (this.#searchParams !== null) setParamsList(this.#searchParams, []);
      stripTrailingSpacesFromOpaquePath(url);
      return;
    }
    const input = value[0] === '?' ? value.slice(1) : value;
    url.query = '';
    basicParse(input, null, url, 'query');
    if (this.#searchParams !== null) setParamsList(this.#searchParams, parseParams(input));
  }

  get searchParams() {
    if (this.#searchParams === null) {
      this.#searchParams = new URLSearchParams(this.search);
      setParamsURL(this.#searchParams, this);
    }
    return this.#searchParams;
  }

  get hash() {
    const { fragment } = this.#url;
    return fragment === null || fragment === '' ? '' : `#${fragment}`;
  }

  set hash(value) {
    value = `${value}`;
    const url = this.#url;
    if (value === '') {
      url.fragment = null;
      stripTrailingSpacesFromOpaquePath(url);
      return;
    }
    const input = value[0] === '#' ? value.slice(1) : value;
    url.fragment = '';
    basicParse(input, null, url, 'fragment');
  }

  toJSON() {
    return serializeURL(this.#url);
  }
}

Object.defineProperties(URL.prototype, {
  [Symbol.toStringTag]: { configurable: true, value: 'URL' },
  toString: enumerable,
  href: enumerable,
  origin: enumerable,
  protocol: enumerable,
  username: enumerable,
  password: enumerable,
  host: enumerable,
  hostname: enumerable,
  port: enumerable,
  pathname: enumerable,
  search: enumerable,
  searchParams: enumerable,
  hash: enumerable,
  toJSON: enumerable,
});
Object.defineProperties(URL, {
  canParse: { configurable: true, writable: true, enumerable: true },
  parse: { configurable: true, writable: true, enumerable: true },
});

// ---- helpers of node:url ------------------------------------------------------------------

function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = parser.parseHost(`${domain}`, false);
  return host === FAILURE ? '' : host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = parser.parseHost(`${domain}`, false);
  if (host === FAILURE) return '';
  return require('internal/punycode').toUnicode(host);
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

function fileURLToPath(path, options = {}) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (options?.windows) throw new ERR_INVALID_ARG_VALUE('options.windows', true, 'is not supported here');
  if (path.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST('linux');
  const pathname = path.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

const pathCharReplacements = [
  [/%/g, '%25'], [/\t/g, '%09'], [/\n/g, '%0A'], [/\r/g, '%0D'], [/ /g, '%20'], [/"/g, '%22'],
  [/#/g, '%23'], [/\?/g, '%3F'], [/\[/g, '%5B'], [/\\/g, '%5C'], [/]/g, '%5D'], [/\^/g, '%5E'],
  [/\|/g, '%7C'], [/~/g, '%7E'],
];

function encodePathChars(filepath) {
  for (const [re, replacement] of pathCharReplacements) {
    if (re.test(filepath)) filepath = filepath.replace(re, replacement);
    re.lastIndex = 0;
  }
  return filepath;
}

function pathToFileURL(filepath, options = {}) {
  if (options?.windows) throw new ERR_INVALID_ARG_VALUE('options.windows', true, 'is not supported here');
  const path = require('path');
  let resolved = path.resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 0x2f && resolved[resolved.length - 1] !== '/') {
    resolved += '/';
  }
  return new URL(`file://${encodePathChars(resolved)}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  isURL,
  parseParams,
  serializeParams,
};
