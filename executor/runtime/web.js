// The fetch API's classes that Node 18+ has as globals (undici's): Blob, File, Headers,
// FormData, Request and Response, for what services do with them without any network:
// measuring a payload (`new Blob([text]).size`), keeping uploads as Files, building and
// merging header sets, and handlers written "fetch-style" (a Request in, a Response out)
// behind an Express adapter. No body is a stream here: a body is its bytes, read whole by
// text(), json(), arrayBuffer(), blob() or formData(); `body` and `stream()` throw.
// As abort.js does, their slots are hidden own fields, so that an instance kept in a
// unit's state travels as a runtime class (rt.runtimeClass) with what it holds.
(function (rt) {
  "use strict";

  function hide(target, fields) {
    for (const k of Object.keys(fields)) {
      Object.defineProperty(target, k, {value: fields[k], writable: true, configurable: true, enumerable: false});
    }
  }
  function tag(Ctor, name) {
    Object.defineProperty(Ctor.prototype, Symbol.toStringTag, {value: name, configurable: true});
  }
  function typeError(message, code) {
    const e = new TypeError(message);
    if (code) e.code = code;
    return e;
  }
  const encoder = () => new TextEncoder();
  const utf8 = (bytes) => new TextDecoder().decode(bytes);
  function concat(chunks) {
    let size = 0;
    for (const c of chunks) size += c.byteLength;
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) { out.set(c, at); at += c.byteLength; }
    return out;
  }
  const isView = (v) => ArrayBuffer.isView(v);
  const isArrayBuffer = (v) => rt.require("util").types.isAnyArrayBuffer(v);
  const viewBytes = (v) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength).slice();
  function toArrayBuffer(bytes) {
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }
  function unsupported(what) {
    return new Error(`Liquefy: ${what} is not available (a body here is read whole; see docs/builtins.md)`);
  }

  // -- Blob and File --------------------------------------------------------------
  function blobType(type) {
    const t = type === undefined ? "" : String(type);
    return /^[\x20-\x7e]*$/.test(t) ? t.toLowerCase() : "";
  }

  class Blob {
    constructor(sources, options) {
      if (sources === undefined) sources = [];
      if (sources === null || typeof sources !== "object" || typeof sources[Symbol.iterator] !== "function") {
        throw typeError('The "sources" argument must be a sequence.', "ERR_INVALID_ARG_TYPE");
      }
      if (options !== undefined && (options === null || typeof options !== "object")) {
        throw typeError('The "options" argument must be of type object.', "ERR_INVALID_ARG_TYPE");
      }
      const chunks = [];
      for (const part of sources) {
        if (part instanceof Blob) chunks.push(part._bytes);
        else if (isArrayBuffer(part)) chunks.push(new Uint8Array(part.slice(0)));
        else if (isView(part)) chunks.push(viewBytes(part));
        else chunks.push(encoder().encode(String(part)));
      }
      hide(this, {_bytes: concat(chunks), _type: blobType(options && options.type)});
    }
    get size() { return this._bytes.byteLength; }
    get type() { return this._type; }
    slice(start, end, contentType) {
      const size = this._bytes.byteLength;
      const clamp = (v, dflt) => {
        if (v === undefined) return dflt;
        const n = Math.trunc(Number(v)) || 0;
        return n < 0 ? Math.max(size + n, 0) : Math.min(n, size);
      };
      const from = clamp(start, 0), to = clamp(end, size);
      const out = new Blob([], {type: contentType});
      out._bytes = this._bytes.slice(from, Math.max(from, to));
      return out;
    }
    text() { return Promise.resolve(utf8(this._bytes)); }
    arrayBuffer() { return Promise.resolve(toArrayBuffer(this._bytes.slice())); }
    bytes() { return Promise.resolve(this._bytes.slice()); }
    stream() { throw unsupported("Blob.stream()"); }
  }
  tag(Blob, "Blob");

  class File extends Blob {
    constructor(fileBits, fileName, options) {
      if (arguments.length < 2) {
        throw typeError('The "fileBits" and "fileName" arguments must be specified', "ERR_MISSING_ARGS");
      }
      super(fileBits, options);
      const lastModified = options && options.lastModified !== undefined ? Number(options.lastModified) : Date.now();
      hide(this, {_name: String(fileName), _lastModified: Number.isNaN(lastModified) ? 0 : Math.trunc(lastModified)});
    }
    get name() { return this._name; }
    get lastModified() { return this._lastModified; }
  }
  tag(File, "File");

  // -- Headers --------------------------------------------------------------------
  const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  const trimHttp = (v) => v.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "");
  function headerName(name, where) {
    const n = String(name);
    if (!TOKEN.test(n)) throw typeError(`Headers.${where}: "${n}" is an invalid header name.`);
    return n.toLowerCase();
  }
  function headerValue(value, where) {
    const v = trimHttp(String(value));
    if (/[\0\r\n]/.test(v)) throw typeError(`Headers.${where}: "${v}" is an invalid header value.`);
    return v;
  }

  class Headers {
    constructor(init) {
      hide(this, {_list: {}, _cookies: []});  // lower-case name -> [value, ...]; set-cookie's apart
      if (init === undefined || init === null && arguments.length === 0) return;
      if (init === null || (typeof init !== "object" && typeof init !== "function")) {
        throw typeError("Headers constructor: Expected init to be an object.");
      }
      if (init instanceof Headers) {
        for (const [k, v] of init._pairs(true)) this.append(k, v);
      } else if (typeof init[Symbol.iterator] === "function") {
        for (const pair of init) {
          const p = typeof pair === "string" || !pair || typeof pair[Symbol.iterator] !== "function" ? null : [...pair];
          if (!p) throw typeError("Headers constructor: expected name/value pair to be length 2, found undefined.");
          if (p.length !== 2) throw typeError(`Headers constructor: expected name/value pair to be length 2, found ${p.length}.`);
          this.append(p[0], p[1]);
        }
      } else {
        for (const k of Reflect.ownKeys(init)) {
          const d = Reflect.getOwnPropertyDescriptor(init, k);
          if (d && d.enumerable) {
            if (typeof k === "symbol") throw typeError("Headers constructor: Key Symbol() in init is a symbol, which cannot be converted to a ByteString.");
            this.append(k, init[k]);
          }
        }
      }
    }
    append(name, value) {
      const n = headerName(name, "append"), v = headerValue(value, "append");
      if (n === "set-cookie") this._cookies.push(v);
      else (this._list[n] || (this._list[n] = [])).push(v);
    }
    set(name, value) {
      const n = headerName(name, "set"), v = headerValue(value, "set");
      if (n === "set-cookie") this._cookies = [v];
      else this._list[n] = [v];
    }
    delete(name) {
      const n = headerName(name, "delete");
      if (n === "set-cookie") this._cookies = [];
      else delete this._list[n];
    }
    get(name) {
      const n = headerName(name, "get");
      if (n === "set-cookie") return this._cookies.length ? this._cookies.join(", ") : null;
      return Object.prototype.hasOwnProperty.call(this._list, n) ? this._list[n].join(", ") : null;
    }
    has(name) {
      const n = headerName(name, "has");
      return n === "set-cookie" ? this._cookies.length > 0 : Object.prototype.hasOwnProperty.call(this._list, n);
    }
    getSetCookie() { return this._cookies.slice(); }
    // Sorted by name, set-cookie once per cookie; `raw` keeps every appended value apart.
    _pairs(raw) {
      const names = Object.keys(this._list);
      if (this._cookies.length) names.push("set-cookie");
      names.sort();
      const out = [];
      for (const n of names) {
        if (n === "set-cookie") for (const c of this._cookies) out.push([n, c]);
        else if (raw) for (const v of this._list[n]) out.push([n, v]);
        else out.push([n, this._list[n].join(", ")]);
      }
      return out;
    }
    forEach(callback, thisArg) {
      if (typeof callback !== "function") {
        throw typeError("Headers.forEach: Argument 1 could not be converted to: Function.");
      }
      for (const [k, v] of this._pairs(false)) callback.call(thisArg, v, k, this);
    }
    // as undici's (Node 20): `Headers { b: '2', a: '1, 3' }`, its names in the order they came
    [Symbol.for("nodejs.util.inspect.custom")](depth, options, inspect) {
      const entries = {};
      for (const k of Object.keys(this._list)) entries[k] = this._list[k].join(", ");
      if (this._cookies.length) entries["set-cookie"] = this._cookies.join(", ");
      options.depth ??= depth;
      return `Headers ${inspect(entries, options)}`;
    }
    entries() { return iterator(this._pairs(false), (p) => p, "Headers"); }
    keys() { return iterator(this._pairs(false), (p) => p[0], "Headers"); }
    values() { return iterator(this._pairs(false), (p) => p[1], "Headers"); }
    [Symbol.iterator]() { return this.entries(); }
  }
  tag(Headers, "Headers");

  const iteratorPrototypes = {};
  function iterator(items, pick, kind) {
    let proto = iteratorPrototypes[kind];
    if (!proto) {
      proto = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
      Object.defineProperty(proto, "next", {value: function next() {
        if (this._i >= this._items.length) return {value: undefined, done: true};
        return {value: this._pick(this._items[this._i++]), done: false};
      }, writable: true, configurable: true});
      Object.defineProperty(proto, Symbol.toStringTag, {value: `${kind} Iterator`, configurable: true});
      iteratorPrototypes[kind] = proto;
    }
    const it = Object.create(proto);
    hide(it, {_items: items, _pick: pick, _i: 0});
    return it;
  }

  // -- FormData -------------------------------------------------------------------
  function formEntry(name, value, filename, where) {
    if (value instanceof Blob) {
      if (!(value instanceof File) || filename !== undefined) {
        value = new File([value], filename !== undefined ? String(filename) : (value instanceof File ? value.name : "blob"),
                         {type: value.type, lastModified: value instanceof File ? value.lastModified : undefined});
      }
      return [String(name), value];
    }
    if (filename !== undefined) {
      throw typeError(`Failed to execute '${where}' on 'FormData': parameter 2 is not of type 'Blob'`);
    }
    return [String(name), String(value)];
  }

  class FormData {
    constructor(form) {
      if (form !== undefined) throw typeError("FormData constructor: Argument 1 is not an HTMLFormElement.");
      hide(this, {_entries: []});
    }
    append(name, value, filename) {
      if (arguments.length < 2) throw typeError("FormData.append: 2 arguments required, but only " + arguments.length + " present.");
      this._entries.push(formEntry(name, value, filename, "append"));
    }
    set(name, value, filename) {
      if (arguments.length < 2) throw typeError("FormData.set: 2 arguments required, but only " + arguments.length + " present.");
      const entry = formEntry(name, value, filename, "set");
      const i = this._entries.findIndex((e) => e[0] === entry[0]);
      if (i === -1) { this._entries.push(entry); return; }
      this._entries[i] = entry;
      for (let j = this._entries.length - 1; j > i; j--) if (this._entries[j][0] === entry[0]) this._entries.splice(j, 1);
    }
    delete(name) { const n = String(name); this._entries = this._entries.filter((e) => e[0] !== n); }
    get(name) { const n = String(name); const e = this._entries.find((x) => x[0] === n); return e ? e[1] : null; }
    getAll(name) { const n = String(name); return this._entries.filter((e) => e[0] === n).map((e) => e[1]); }
    has(name) { const n = String(name); return this._entries.some((e) => e[0] === n); }
    forEach(callback, thisArg) {
      if (typeof callback !== "function") {
        throw typeError("FormData.forEach: Argument 1 could not be converted to: Function.");
      }
      for (const [k, v] of this._entries.slice()) callback.call(thisArg, v, k, this);
    }
    entries() { return iterator(this._entries.slice(), (e) => [e[0], e[1]], "FormData"); }
    keys() { return iterator(this._entries.slice(), (e) => e[0], "FormData"); }
    values() { return iterator(this._entries.slice(), (e) => e[1], "FormData"); }
    [Symbol.iterator]() { return this.entries(); }
  }
  tag(FormData, "FormData");

  // -- bodies ---------------------------------------------------------------------
  // What a body init is made into: its bytes and the content-type it implies.
  function extractBody(init) {
    if (typeof init === "string") return {bytes: encoder().encode(init), type: "text/plain;charset=UTF-8"};
    if (init instanceof URLSearchParams) {
      return {bytes: encoder().encode(init.toString()), type: "application/x-www-form-urlencoded;charset=UTF-8"};
    }
    if (init instanceof Blob) return {bytes: init._bytes, type: init.type || null};
    if (isArrayBuffer(init)) return {bytes: new Uint8Array(init.slice(0)), type: null};
    if (isView(init)) return {bytes: viewBytes(init), type: null};
    if (init instanceof FormData) {
      const boundary = "----formdata-undici-0" + String(rt.require("crypto").randomInt(1e11)).padStart(11, "0");
      const escape = (s) => s.replace(/\n/g, "%0A").replace(/\r/g, "%0D").replace(/"/g, "%22");
      const chunks = [];
      for (const [name, value] of init._entries) {
        if (typeof value === "string") {
          chunks.push(encoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="${escape(name)}"\r\n\r\n` +
                                       `${value.replace(/\r(?!\n)|(?<!\r)\n/g, "\r\n")}\r\n`));
        } else {
          chunks.push(encoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="${escape(name)}"; filename="${escape(value.name)}"\r\n` +
                                       `Content-Type: ${value.type || "application/octet-stream"}\r\n\r\n`));
          chunks.push(value._bytes, encoder().encode("\r\n"));
        }
      }
      chunks.push(encoder().encode(`--${boundary}--\r\n`));
      return {bytes: concat(chunks), type: "multipart/form-data; boundary=" + boundary};
    }
    if (init !== null && typeof init === "object" && (typeof init.getReader === "function" || typeof init[Symbol.asyncIterator] === "function")) {
      throw unsupported("a stream as a body");
    }
    return {bytes: encoder().encode(String(init)), type: "text/plain;charset=UTF-8"};
  }

  function consume(body, how) {
    if (body._used) return Promise.reject(typeError("Body is unusable: Body has already been read"));
    const bytes = body._body === null ? new Uint8Array(0) : body._body;
    if (body._body !== null) body._used = true;
    try {
      return Promise.resolve(how(bytes));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  const BodyMethods = {
    get body() {
      if (this._body === null) return null;
      throw unsupported("a body as a ReadableStream");
    },
    get bodyUsed() { return this._used; },
    text() { return consume(this, utf8); },
    json() { return consume(this, (bytes) => JSON.parse(utf8(bytes))); },
    arrayBuffer() { return consume(this, (bytes) => toArrayBuffer(bytes.slice())); },
    bytes() { return consume(this, (bytes) => bytes.slice()); },
    blob() {
      const type = this._headers.get("content-type") || "";
      return consume(this, (bytes) => new Blob([bytes], {type}));
    },
    formData() {
      const type = (this._headers.get("content-type") || "").toLowerCase();
      return consume(this, (bytes) => {
        if (!/^application\/x-www-form-urlencoded\b/.test(type)) {
          if (/^multipart\/form-data\b/.test(type)) throw unsupported("formData() of a multipart body");
          throw typeError("Response.formData: Could not parse content as FormData.");
        }
        const form = new FormData();
        for (const [k, v] of new URLSearchParams(utf8(bytes))) form.append(k, v);
        return form;
      });
    },
  };
  function mixBody(Ctor) {
    for (const k of Object.getOwnPropertyNames(BodyMethods)) {
      Object.defineProperty(Ctor.prototype, k, Object.getOwnPropertyDescriptor(BodyMethods, k));
    }
  }
  function setBody(target, init, headers) {
    if (init === undefined || init === null) {
      hide(target, {_body: null, _used: false});
      return;
    }
    const {bytes, type} = extractBody(init);
    hide(target, {_body: bytes, _used: false});
    if (type && !headers.has("content-type")) headers.append("content-type", type);
  }

  // -- Response -------------------------------------------------------------------
  const NULL_BODY = new Set([101, 103, 204, 205, 304]);
  const REDIRECTS = new Set([301, 302, 303, 307, 308]);

  class Response {
    constructor(body, init) {
      if (body === undefined) body = null;
      if (init === undefined || init === null) init = {};
      else if (typeof init !== "object") throw typeError("Response constructor: Expected init to be a dictionary.");
      const status = init.status === undefined ? 200 : Number(init.status);
      if (!(status >= 200 && status <= 599) || !Number.isInteger(status)) {
        throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
      }
      const statusText = init.statusText === undefined ? "" : String(init.statusText);
      if (/[^\t\x20-\x7e\x80-\xff]/.test(statusText)) throw typeError("Invalid statusText");
      const headers = new Headers(init.headers);
      if (body !== null && NULL_BODY.has(status)) {
        throw typeError(`Response constructor: Invalid response status code ${status}`);
      }
      hide(this, {_status: status, _statusText: statusText, _headers: headers, _type: "default", _url: ""});
      setBody(this, body, headers);
    }
    get status() { return this._status; }
    get statusText() { return this._statusText; }
    get ok() { return this._status >= 200 && this._status <= 299; }
    get headers() { return this._headers; }
    get type() { return this._type; }
    get url() { return this._url; }
    get redirected() { return false; }
    clone() {
      if (this._used) throw typeError("Response.clone: Body has already been consumed.");
      const copy = new Response(null, {status: this._status === 101 ? 200 : this._status, statusText: this._statusText, headers: this._headers});
      copy._status = this._status;
      copy._type = this._type;
      copy._body = this._body === null ? null : this._body.slice();
      return copy;
    }
    static json(data, init) {
      const text = JSON.stringify(data);
      if (text === undefined) throw typeError("Value is not JSON serializable");
      const response = new Response(text, Object.assign({}, init, {headers: new Headers(init && init.headers)}));
      if (!(init && init.headers && new Headers(init.headers).has("content-type"))) response._headers.set("content-type", "application/json");
      return response;
    }
    static error() {
      const response = new Response(null, {status: 200});
      response._status = 0;
      response._type = "error";
      return response;
    }
    static redirect(url, status) {
      const code = status === undefined ? 302 : Number(status);
      let href;
      try {
        href = new URL(String(url)).href;
      } catch (e) {
        throw typeError(`Failed to parse URL from ${url}`);
      }
      if (!REDIRECTS.has(code)) throw new RangeError(`Invalid status code ${status}`);
      const response = new Response(null, {status: code});
      response._headers.set("location", href);
      return response;
    }
  }
  mixBody(Response);
  tag(Response, "Response");

  // -- Request --------------------------------------------------------------------
  const NORMALIZED = new Set(["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"]);
  const FORBIDDEN = new Set(["CONNECT", "TRACE", "TRACK"]);

  class Request {
    constructor(input, init) {
      if (arguments.length === 0) throw typeError("Request constructor: 1 argument required, but only 0 present.");
      if (init === undefined || init === null) init = {};
      else if (typeof init !== "object") throw typeError("Request constructor: Expected init to be a dictionary.");
      const from = input instanceof Request ? input : null;
      let url;
      if (from) {
        url = from._url;
      } else {
        try {
          url = new URL(String(input)).href;
        } catch (e) {
          throw typeError("Failed to parse URL from " + String(input));
        }
        if (/^[^:]+:\/\/[^/]*@/.test(url) && new URL(url).username + new URL(url).password !== "") {
          throw typeError("Request cannot be constructed from a URL that includes credentials: " + String(input));
        }
      }
      let method = from ? from._method : "GET";
      if (init.method !== undefined) {
        method = String(init.method);
        if (!TOKEN.test(method)) throw typeError(`'${method}' is not a valid HTTP method.`);
        const upper = method.toUpperCase();
        if (FORBIDDEN.has(upper)) throw typeError(`'${method}' HTTP method is unsupported.`);
        if (NORMALIZED.has(upper)) method = upper;
      }
      const headers = new Headers(init.headers !== undefined ? init.headers : from ? from._headers : undefined);
      const body = init.body !== undefined ? init.body : null;
      if ((body !== null || (from && from._body !== null && init.body === undefined)) && (method === "GET" || method === "HEAD")) {
        throw typeError("Request with GET/HEAD method cannot have body.");
      }
      let signal = init.signal !== undefined && init.signal !== null ? init.signal : from ? from._signal : null;
      const controller = new AbortController();
      if (signal) {
        if (signal.aborted) controller.abort(signal.reason);
        else signal.addEventListener("abort", rt.partial(rt.webFollowAbort, controller, signal), {once: true});
      }
      hide(this, {_url: url, _method: method, _headers: headers, _signal: controller.signal,
                  _redirect: init.redirect || (from ? from._redirect : "follow"),
                  _cache: init.cache || (from ? from._cache : "default"),
                  _credentials: init.credentials || (from ? from._credentials : "same-origin"),
                  _mode: init.mode || (from ? from._mode : "cors"),
                  _keepalive: init.keepalive !== undefined ? !!init.keepalive : from ? from._keepalive : false});
      if (init.body !== undefined || !from) {
        setBody(this, body, headers);
      } else {
        if (from._used) throw typeError("Cannot construct a Request with a Request object that has already been used.");
        hide(this, {_body: from._body, _used: false});
        if (from._body !== null) from._used = true;
      }
    }
    get url() { return this._url; }
    get method() { return this._method; }
    get headers() { return this._headers; }
    get signal() { return this._signal; }
    get redirect() { return this._redirect; }
    get cache() { return this._cache; }
    get credentials() { return this._credentials; }
    get mode() { return this._mode; }
    get keepalive() { return this._keepalive; }
    get destination() { return ""; }
    get referrer() { return "about:client"; }
    get referrerPolicy() { return ""; }
    get integrity() { return ""; }
    get duplex() { return "half"; }
    clone() {
      if (this._used) throw typeError("Request.clone: Body has already been consumed.");
      const copy = new Request(this._url, {method: this._method, headers: this._headers, signal: this._signal,
                                           redirect: this._redirect, cache: this._cache, credentials: this._credentials,
                                           mode: this._mode, keepalive: this._keepalive});
      copy._body = this._body === null ? null : this._body.slice();
      return copy;
    }
  }
  mixBody(Request);
  tag(Request, "Request");

  rt.webFollowAbort = function (controller, signal) { controller.abort(signal.reason); };
  rt.defineRuntimeModule("__liquefy_web", () => ({webFollowAbort: rt.webFollowAbort}));
  rt.require("__liquefy_web");  // registers the function as a value that can travel

  for (const [name, Ctor] of [["Blob", Blob], ["File", File], ["Headers", Headers], ["FormData", FormData],
                              ["Request", Request], ["Response", Response]]) {
    rt.runtimeClass(name, Ctor);
    Object.defineProperty(globalThis, name, {value: Ctor, writable: true, configurable: true, enumerable: false});
  }
})(require("./core"));
