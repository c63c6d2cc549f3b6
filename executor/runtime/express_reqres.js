// Express's request and response objects, the body parsers, and the `express`
// module. A response is a handle: any node can finish it, because finishing it
// is an effect ("respond to request rid") that Python carries out.
require("./http_support");  // rt.http
require("./express");  // rt.express
const {serveStatic, sendFile} = require("./serve_static");
const {EFFECT, MESSAGE} = require("./protocol");
(function (rt) {
  "use strict";
  const H = rt.http;
  const E = rt.express;

  // -- request --------------------------------------------------------------------
  const reqProto = {
    get(name) {
      if (!name) throw new TypeError("name argument is required to req.get");
      if (typeof name !== "string") throw new TypeError("name must be a string to req.get");
      const lc = name.toLowerCase();
      if (lc === "referer" || lc === "referrer") return this.headers.referrer || this.headers.referer;
      return this.headers[lc];
    },
    is(types) {
      const list = Array.isArray(types) ? types : Array.prototype.slice.call(arguments);
      const ct = this.headers["content-type"];
      if (!hasBody(this) || !ct) return hasBody(this) ? false : null;
      const actual = ct.split(";")[0].trim().toLowerCase();
      if (!list.length) return actual;
      // type-is: a pattern with a wildcard or a +suffix answers the actual type
      for (const t of list) if (mimeMatch(t, actual)) return t[0] === "+" || t.indexOf("*") !== -1 ? actual : t;
      return false;
    },
    // Express 4's req.accepts*() are the `accepts` package's, over negotiator
    accepts() { return negotiate(this, "mediaTypes", arguments, (types) => types.map(extensionType)); },
    acceptsCharsets() { return negotiate(this, "charsets", arguments); },
    acceptsEncodings() { return negotiate(this, "encodings", arguments); },
    acceptsLanguages() { return negotiate(this, "languages", arguments); },
    param(name, def) {
      if (this.params && this.params[name] !== undefined) return this.params[name];
      if (this.body && this.body[name] !== undefined) return this.body[name];
      if (this.query && this.query[name] !== undefined) return this.query[name];
      return def;
    },
    range(size, options) {
      const header = this.get("Range");
      return header ? rt.parseRange(size, header, options) : undefined;
    },
  };
  reqProto.header = reqProto.get;

  // A Range header as Express parses it (req.range, express.static), with range-parser.
  rt.parseRange = (size, header, options) =>
    globalThis.__liquefyBuiltins.vendored("range-parser/index")(size, header, options);

  // "trust proxy" as Express 4 compiles it (express/lib/utils.js compileTrust), with proxy-addr.
  const proxyAddr = () => globalThis.__liquefyBuiltins.vendored("proxy-addr/index");
  function trustProxy(req) {
    let val = req.app && req.app.settings ? rt.appSetting(req.app, "trust proxy") : false;
    if (typeof val === "function") return val;
    if (val === true) return () => true;
    if (typeof val === "number") return (a, i) => i < val;
    if (typeof val === "string") val = val.split(",").map((v) => v.trim());
    return proxyAddr().compile(val || []);
  }
  // what proxy-addr reads of a request: its headers and the socket's address
  const addressed = (req) => ({headers: req.headers, connection: {remoteAddress: req._remoteAddress},
                               socket: {remoteAddress: req._remoteAddress}});
  const NO_SOCKET = Object.freeze({ encrypted: false, readable: false, writable: false, destroyed: false });
  const reqGetters = {
    path() { const u = this.url || ""; const q = u.indexOf("?"); return q === -1 ? u : u.slice(0, q); },
    hostname() {  // Express 4's: X-Forwarded-Host when the proxy is trusted
      let host = this.get("X-Forwarded-Host");
      if (!host || !trustProxy(this)(this._remoteAddress, 0)) host = this.get("Host");
      else if (host.indexOf(",") !== -1) host = host.substring(0, host.indexOf(",")).trimRight();
      if (!host) return undefined;
      const offset = host[0] === "[" ? host.indexOf("]") + 1 : 0;
      const index = host.indexOf(":", offset);
      return index !== -1 ? host.substring(0, index) : host;
    },
    host() { return this.headers.host; },
    protocol() {
      if (!trustProxy(this)(this._remoteAddress, 0)) return "http";
      const header = this.get("X-Forwarded-Proto") || "http";
      const index = header.indexOf(",");
      return index !== -1 ? header.substring(0, index).trim() : header.trim();
    },
    secure() { return this.protocol === "https"; },
    ip() { return proxyAddr()(addressed(this), trustProxy(this)); },
    ips() {
      const addrs = proxyAddr().all(addressed(this), trustProxy(this));
      addrs.reverse().pop();
      return addrs;
    },
    // no socket reaches a fluxion: what packages read of it (`cookies` reads `encrypted`)
    socket() { return NO_SOCKET; },
    connection() { return NO_SOCKET; },
    subdomains() {  // Express 4's: the hostname's labels, last first, past "subdomain offset"
      const hostname = this.hostname;
      if (!hostname) return [];
      const offset = this.app ? this.app.get("subdomain offset") : 2;
      const isIP = /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || hostname.indexOf(":") !== -1;
      return (isIP ? [hostname] : hostname.split(".").reverse()).slice(offset);
    },
    xhr() { return String(this.headers["x-requested-with"] || "").toLowerCase() === "xmlhttprequest"; },
    fresh() {
      const method = this.method, status = this.res ? this.res.statusCode : 200;
      if (method !== "GET" && method !== "HEAD") return false;
      if ((status >= 200 && status < 300) || status === 304) {
        return isFresh(this.headers, this.res && this.res.getHeader("ETag"), this.res && this.res.getHeader("Last-Modified"));
      }
      return false;
    },
    stale() { return !this.fresh; },
  };
  // The `fresh` package's (0.5.2): If-None-Match against the ETag, then If-Modified-Since against
  // Last-Modified; both must hold when both are asked.
  function isFresh(headers, etag, lastModified) {
    const modifiedSince = headers["if-modified-since"], noneMatch = headers["if-none-match"];
    if (!modifiedSince && !noneMatch) return false;
    if (/(?:^|,)\s*?no-cache\s*?(?:,|$)/.test(headers["cache-control"] || "")) return false;
    if (noneMatch && noneMatch !== "*") {
      if (!etag) return false;
      if (!tokenList(noneMatch).some((m) => m === etag || m === "W/" + etag || "W/" + m === etag)) return false;
    }
    if (modifiedSince) {
      const httpDate = (d) => (d ? Date.parse(d) : NaN);
      if (!lastModified || !(httpDate(lastModified) <= httpDate(modifiedSince))) return false;
    }
    return true;
  }
  function tokenList(str) {  // fresh's parseTokenList: split at commas, spaces around a token dropped
    const list = [];
    let start = 0, end = 0;
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      if (c === 0x20) { if (start === end) start = end = i + 1; }
      else if (c === 0x2c) { list.push(str.substring(start, end)); start = end = i + 1; }
      else end = i + 1;
    }
    list.push(str.substring(start, end));
    return list;
  }
  reqGetters.complete = function () { return true; };
  reqGetters.rawHeaders = function () {
    const raw = [];
    for (const k of Object.keys(this.headers)) raw.push(k, String(this.headers[k]));
    return raw;
  };
  for (const name of Object.keys(reqGetters)) {
    Object.defineProperty(reqProto, name, {get: reqGetters[name], configurable: true, enumerable: false});
  }
  // A request is a Readable of its body (Node's IncomingMessage is one), so raw-body,
  // body-parser, multer and `req.on('data')` read it. The body is pushed whole when
  // the request arrives. Its stream state does not travel: a request decoded on
  // another node is a fresh stream of the body, or an ended one once it was read
  // (the listeners set on it stay behind).
  const STREAM_FIELDS = new Set(["_readableState", "_events", "_eventsCount", "_maxListeners"]);
  let streamed = false;
  function streamRequest(req, consumed) {
    if (!streamed) {
      Object.setPrototypeOf(reqProto, rt.require("stream").Readable.prototype);
      streamed = true;
    }
    rt.require("stream").Readable.call(req);
    if (!consumed && req._rawBody) req.push(Buffer.from(req._rawBody, "base64"));
    req.push(null);
    if (consumed) req.resume();
    return req;
  }
  reqProto._read = function () {};
  reqProto[rt.SER] = function () {
    const data = {};
    for (const k of Object.keys(this)) {
      if (k === "next" || k === "res" || STREAM_FIELDS.has(k)) continue;
      if (typeof this[k] === "function" && rt.staysHere(this[k])) continue;  // a package's: its middleware puts it back (express.js)
      data[k] = this[k];
    }
    const state = this._readableState;
    return {k: "req", v: {data: data, consumed: Boolean(state && (state.dataEmitted || state.endEmitted || state.flowing))}};
  };
  rt.handleKind("req", (v) => streamRequest(Object.assign(Object.create(appProto(v.data.app, "request") || reqProto), v.data),
                                            v.consumed));
  // the prototype Express's init gives a request or response of the app: `app.request`, `app.response`
  function appProto(app, which) {
    return app && typeof app === "function" && app.isApp && app[which] ? app[which] : null;
  }

  function hasBody(req) {
    return req.headers["transfer-encoding"] !== undefined || !isNaN(req.headers["content-length"]);
  }

  function mimeMatch(pattern, actual) {
    let p = String(pattern).toLowerCase();
    if (p.indexOf("/") === -1) {
      if (p === "urlencoded") p = "application/x-www-form-urlencoded";
      else if (p === "multipart") p = "multipart/*";
      else if (p[0] === "+") p = "*/*" + p;
      else p = H.lookupType(p);
    }
    const [ptype, psub] = p.split("/");
    const [atype, asub] = actual.split("/");
    if (ptype !== "*" && ptype !== atype) return false;
    if (psub === "*") return true;
    if (psub && psub.startsWith("*+")) return asub && asub.endsWith(psub.slice(1));
    return psub === asub;
  }

  // accepts 1.3.8 (index.js): the offers given (an array or the arguments), none for all the
  // request accepts, in its order; else the first offer it prefers, or false. `toOffers` maps
  // the offers negotiator compares (a media type for an extension); without an Accept header,
  // req.accepts() takes the first type given.
  function negotiate(req, method, args, toOffers) {
    const given = Array.isArray(args[0]) ? args[0] : Array.prototype.slice.call(args);
    const Negotiator = globalThis.__liquefyBuiltins.vendored("negotiator/index");
    const negotiator = new Negotiator(req);
    if (!given.length) return negotiator[method]();
    if (method === "mediaTypes") {
      if (!req.headers.accept) return given[0];
      const offers = toOffers(given);
      const first = negotiator.mediaTypes(offers.filter((t) => typeof t === "string"))[0];
      return first ? given[offers.indexOf(first)] : false;
    }
    return negotiator[method](given)[0] || false;
  }

  function extensionType(type) {  // mime-types' lookup: false for an extension it does not know
    return type.indexOf("/") !== -1 ? type : H.knownType(type) || false;
  }

  // -- response -------------------------------------------------------------------
  // Node's own checks of a header (lib/_http_outgoing.js): a token for a name, no
  // control character (CR and LF above all) nor one past \xff in a value.
  const HTTP_TOKEN = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
  const INVALID_HEADER_CHAR = /[^\t\x20-\x7e\x80-\xff]/;

  function headerError(code, message) {
    const e = new TypeError(message);
    e.code = code;
    return e;
  }

  function checkHeader(name, value) {
    if (typeof name !== "string" || !name || !HTTP_TOKEN.test(name)) {
      throw headerError("ERR_INVALID_HTTP_TOKEN", `Header name must be a valid HTTP token ["${name}"]`);
    }
    if (value === undefined) {
      throw headerError("ERR_HTTP_INVALID_HEADER_VALUE", `Invalid value "${value}" for header "${name}"`);
    }
    for (const v of Array.isArray(value) ? value : [value]) {
      if (INVALID_HEADER_CHAR.test(String(v))) {
        throw headerError("ERR_INVALID_CHAR", `Invalid character in header content ["${name}"]`);
      }
    }
  }

  const resProto = {
    status(code) { this.statusCode = code; return this; },
    setHeader(name, value) {
      if (this.headersSent) {
        const e = new Error("Cannot set headers after they are sent to the client");
        e.code = "ERR_HTTP_HEADERS_SENT";
        throw e;
      }
      checkHeader(name, value);
      this._headers[String(name).toLowerCase()] = [String(name), Array.isArray(value) ? value.map(String) : String(value)];
      return this;
    },
    getHeader(name) { const h = this._headers[String(name).toLowerCase()]; return h ? h[1] : undefined; },
    getHeaders() { const out = {}; for (const k of Object.keys(this._headers)) out[k] = this._headers[k][1]; return out; },
    getHeaderNames() { return Object.keys(this._headers); },
    hasHeader(name) { return String(name).toLowerCase() in this._headers; },
    removeHeader(name) { delete this._headers[String(name).toLowerCase()]; },
    get(field) { return this.getHeader(field); },
    set(field, val) {
      if (arguments.length === 2) {
        let value = Array.isArray(val) ? val.map(String) : String(val);
        if (String(field).toLowerCase() === "content-type") {
          if (Array.isArray(value)) throw new TypeError("Content-Type cannot be set to an Array");
          if (!/;\s*charset\s*=/.test(value)) {
            const charset = H.charsetFor(value.split(";")[0]);
            if (charset) value += "; charset=" + charset;
          }
        }
        this.setHeader(field, value);
      } else {
        for (const key of Object.keys(field)) this.set(key, field[key]);
      }
      return this;
    },
    append(field, val) {
      const prev = this.get(field);
      let value = val;
      if (prev) value = (Array.isArray(prev) ? prev : [prev]).concat(val);
      return this.set(field, value);
    },
    type(type) { return this.set("Content-Type", type.indexOf("/") === -1 ? H.lookupType(type) : type); },
    links(links) {
      let link = this.get("Link") || "";
      if (link) link += ", ";
      return this.set("Link", link + Object.keys(links).map((rel) => "<" + links[rel] + ">; rel=\"" + rel + "\"").join(", "));
    },
    location(url) {
      const loc = url === "back" ? (this.req.get("Referrer") || "/") : String(url);
      return this.set("Location", H.encodeUrl(loc));
    },
    vary(field) {
      const prev = this.get("Vary");
      const list = prev ? String(prev).split(/\s*,\s*/) : [];
      for (const f of [].concat(field)) if (list.indexOf(f) === -1) list.push(f);
      return this.set("Vary", list.join(", "));
    },
    cookie(name, value, options) {  // Express's, serialized by cookie 0.7 (vendored) as Express 4.21 and 5.1 do
      const opts = Object.assign({}, options);
      const secret = this.req && this.req.secret;
      if (opts.signed && !secret) throw new Error('cookieParser("secret") required for signed cookies');
      let val = typeof value === "object" ? "j:" + JSON.stringify(value) : String(value);
      if (opts.signed) {  // as cookie-signature's sign(), which Express uses
        val = "s:" + val + "." + rt.require("crypto").createHmac("sha256", secret).update(val).digest("base64").replace(/=+$/, "");
      }
      if (opts.maxAge != null) {
        const maxAge = opts.maxAge - 0;
        if (!isNaN(maxAge)) { opts.expires = new Date(Date.now() + maxAge); opts.maxAge = Math.floor(maxAge / 1000); }
      }
      if (opts.path == null) opts.path = "/";
      return this.append("Set-Cookie", globalThis.__liquefyBuiltins.vendored("cookie/index").serialize(name, String(val), opts));
    },
    clearCookie(name, options) {
      if (rt.project.express === 5) {  // Express 5 ignores the expires and maxAge it is given
        return this.cookie(name, "", Object.assign({path: "/"}, options || {}, {expires: new Date(1), maxAge: undefined}));
      }
      return this.cookie(name, "", Object.assign({expires: new Date(1), path: "/"}, options || {}, {maxAge: undefined}));
    },
    attachment(filename) {
      if (filename) this.type(filename.slice(filename.lastIndexOf(".")));
      return this.set("Content-Disposition", attachmentOf(filename));
    },
    send(body) {
      let chunk = body;
      let encoding;
      if (arguments.length === 2) {
        if (typeof arguments[0] !== "number" && typeof arguments[1] === "number") this.statusCode = arguments[1];
        else { this.statusCode = arguments[0]; chunk = arguments[1]; }
      }
      if (typeof chunk === "number" && arguments.length === 1) {
        if (!this.get("Content-Type")) this.type("txt");
        this.statusCode = chunk;
        chunk = H.STATUS[chunk];
      }
      switch (typeof chunk) {
        case "string":
          if (!this.get("Content-Type")) this.type("html");
          break;
        case "boolean": case "number": case "object":
          if (chunk === null) chunk = "";
          else if (Buffer.isBuffer(chunk)) { if (!this.get("Content-Type")) this.type("bin"); }
          else return this.json(chunk);
          break;
      }
      if (typeof chunk === "string") {
        encoding = "utf8";
        const type = this.get("Content-Type");
        if (typeof type === "string") this.set("Content-Type", H.setCharset(type, "utf-8"));
      }
      const app = this.app;
      const etagFn = app ? etagFunction(rt.appSetting(app, "etag")) : null;
      const generateETag = !this.get("ETag") && typeof etagFn === "function";
      let len;
      if (chunk !== undefined) {
        if (!Buffer.isBuffer(chunk)) { chunk = Buffer.from(chunk, encoding); encoding = undefined; }
        len = chunk.length;
        this.set("Content-Length", len);
      }
      if (generateETag && len !== undefined) {
        const etag = etagFn(chunk, encoding);
        if (etag) this.set("ETag", etag);
      }
      if (this.req && this.req.fresh) this.statusCode = 304;
      if (this.statusCode === 204 || this.statusCode === 304) {
        this.removeHeader("Content-Type");
        this.removeHeader("Content-Length");
        this.removeHeader("Transfer-Encoding");
        chunk = "";
      }
      if (this.statusCode === 205) { this.set("Content-Length", "0"); chunk = ""; }
      if (this.req && this.req.method === "HEAD") this.end();
      else this.end(chunk, encoding);
      return this;
    },
    json(obj) {
      let val = obj;
      if (arguments.length === 2) {
        if (typeof arguments[1] === "number") this.statusCode = arguments[1];
        else { this.statusCode = arguments[0]; val = arguments[1]; }
      }
      const body = stringify(this.app, val);
      if (!this.get("Content-Type")) this.set("Content-Type", "application/json");
      return this.send(body);
    },
    jsonp(obj) {
      let val = obj;
      if (arguments.length === 2) {
        if (typeof arguments[1] === "number") this.statusCode = arguments[1];
        else { this.statusCode = arguments[0]; val = arguments[1]; }
      }
      let body = stringify(this.app, val);
      let callback = this.req.query[this.app.settings["jsonp callback name"]];
      if (!this.get("Content-Type")) {
        this.set("X-Content-Type-Options", "nosniff");
        this.set("Content-Type", "application/json");
      }
      if (Array.isArray(callback)) callback = callback[0];
      if (typeof callback === "string" && callback.length !== 0) {
        this.set("X-Content-Type-Options", "nosniff");
        this.set("Content-Type", "text/javascript");
        callback = callback.replace(/[^\[\]\w$.]/g, "");
        if (body === undefined) body = "";
        else if (typeof body === "string") body = body.replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
        body = "/**/ typeof " + callback + " === 'function' && " + callback + "(" + body + ");";
      }
      return this.send(body);
    },
    sendStatus(statusCode) {
      const body = H.STATUS[statusCode] || String(statusCode);
      this.statusCode = statusCode;
      this.type("txt");
      return this.send(body);
    },
    redirect(url) {
      if (arguments.length !== 2) return redirect(this, 302, url);
      return typeof arguments[0] === "number" ? redirect(this, arguments[0], arguments[1])
        : redirect(this, arguments[1], url);
    },
    format(obj) {
      const keys = Object.keys(obj).filter((v) => v !== "default");
      const key = keys.length > 0 && this.req ? this.req.accepts(keys) : false;
      this.vary("Accept");
      if (key) {
        this.set("Content-Type", key.indexOf("/") === -1 ? H.lookupType(key) : key);
        obj[key](this.req, this, this.req.next);
      } else if (obj.default) {
        obj.default(this.req, this, this.req.next);
      } else {
        const err = new Error("Not Acceptable");
        err.status = err.statusCode = 406;
        err.types = keys;
        this.req.next(err);
      }
      return this;
    },
    sendFile(path, options, callback) {
      let done = callback;
      let opts = options || {};
      if (!path) throw new TypeError("path argument is required to res.sendFile");
      if (typeof path !== "string") throw new TypeError("path must be a string to res.sendFile");
      if (typeof options === "function") { done = options; opts = {}; }
      if (!opts.root && !rt.require("path").isAbsolute(path)) {
        throw new TypeError("path must be absolute or specify root to res.sendFile");
      }
      const err = sendFile(this.req, this, encodeURI(path), opts);
      if (done) { rt.post(done, err === undefined ? [] : [err], {via: "res.sendFile"}); return; }
      if (err === undefined) return;
      if (err.code === "EISDIR") this.req.next();
      else this.req.next(err);
    },
    download(path, filename, options, callback) {  // Express's: the file's own type, a relative path from the cwd
      let done = callback;
      let name = filename;
      let opts = options || null;
      if (typeof filename === "function") { done = filename; name = null; opts = null; }
      else if (typeof options === "function") { done = options; opts = null; }
      if (typeof filename === "object" && (typeof options === "function" || options === undefined)) { name = null; opts = filename; }
      const headers = {"Content-Disposition": attachmentOf(name || path)};
      if (opts && opts.headers) {
        for (const k of Object.keys(opts.headers)) if (k.toLowerCase() !== "content-disposition") headers[k] = opts.headers[k];
      }
      opts = Object.assign({}, opts, {headers: headers});
      return this.sendFile(opts.root ? path : rt.require("path").resolve(path), opts, done);
    },
    render(view, options, callback) {
      let done = callback, opts = options || {};
      if (typeof options === "function") { done = options; opts = {}; }
      opts._locals = this.locals;
      this.req.app.render(view, opts, done || renderDone(this));
    },
    // As Node's ServerResponse: writeHead sends the headers (`_header`), write and
    // end call `_implicitHeader`, which calls `this.writeHead`, so that middleware
    // replacing writeHead, write or end (on-headers, compression, express-session)
    // sees what it does under Node. The chunks are kept and answered as one reply at end.
    writeHead(status, message, headers) {
      if (this._header) throw headerError("ERR_HTTP_HEADERS_SENT", "Cannot write headers after they are sent to the client");
      if (typeof message === "string") this.statusMessage = message;
      else headers = headers || message;
      this.statusCode = status;
      if (headers) {
        if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) this.setHeader(headers[i], headers[i + 1]);
        else for (const k of Object.keys(headers)) if (headers[k] !== undefined) this.setHeader(k, headers[k]);
      }
      this._header = true;
      return this;
    },
    _implicitHeader() { this.writeHead(this.statusCode); },
    flushHeaders() { if (!this._header) this._implicitHeader(); },
    write(chunk, encoding, callback) {
      if (typeof encoding === "function") { callback = encoding; encoding = undefined; }
      if (this.finished) return false;
      if (!this._header) this._implicitHeader();
      if (chunk !== undefined && chunk !== null) {
        const buf = Buffer.isBuffer(chunk) ? chunk : (chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.from(String(chunk), encoding || "utf8"));
        this._chunks = (this._chunks || "") + buf.toString("base64") + ",";
      }
      if (typeof callback === "function") rt.tick(callback, [], "res.write");
      return true;
    },
    end(chunk, encoding, callback) {
      if (typeof chunk === "function") { callback = chunk; chunk = undefined; }
      else if (typeof encoding === "function") { callback = encoding; encoding = undefined; }
      if (this.finished) return this;
      if (!this._header) this._implicitHeader();
      if (chunk !== undefined && chunk !== null) resProto.write.call(this, chunk, encoding);
      const parts = (this._chunks || "").split(",").filter(Boolean).map((b) => Buffer.from(b, "base64"));
      const body = Buffer.concat(parts);
      const headers = [];
      for (const k of Object.keys(this._headers)) {
        const [name, value] = this._headers[k];
        if (Array.isArray(value)) for (const v of value) headers.push([name, v]);
        else headers.push([name, value]);
      }
      this.finished = true;
      this._chunks = "";
      rt.releaseResponse(this);
      const req = this.req;
      const route = req && req.route && typeof req.route.path === "string" ? req.method + " " + (req.baseUrl || "") + req.route.path : null;
      rt.emit({op: EFFECT.respond, rid: this._rid, status: this.statusCode, headers: headers, body: body.toString("base64"),
               route: route});
      if (typeof callback === "function") this.once("finish", callback);
      postProgramListeners(this);
      rt.tick(finish, [this], "res.end");
      return this;
    },
  };
  // The program's own 'finish' and 'close' listeners are fluxions of their own: each runs
  // as a message of its unit, after this one, wherever the response ended.
  function postProgramListeners(res) {
    for (const event of ["finish", "close"]) {
      for (const fn of res.listeners(event)) {
        if (!rt.fnInfo.has(fn)) continue;
        res.removeListener(event, fn);
        rt.post(fn, [], {via: "res." + event, rid: res._rid});
      }
    }
  }

  // 'finish' once the answer is handed over (on-finished and morgan wait for it), then 'close'.
  function finish(res) {
    res.writableFinished = true;
    res.emit("finish");
    res.emit("close");
  }
  Object.defineProperty(resProto, "headersSent", {get() { return Boolean(this._header); }, configurable: true});
  Object.defineProperty(resProto, "writableEnded", {get() { return this.finished; }});
  resProto.header = resProto.set;
  resProto.contentType = resProto.type;
  resProto[rt.SER] = function () {
    rt.noteRes(this._rid);
    return {k: "res", v: {rid: this._rid, statusCode: this.statusCode, headers: this._headers, finished: this.finished,
                          header: Boolean(this._header), locals: this.locals, chunks: this._chunks || "", app: this.app,
                          statusMessage: this.statusMessage, req: this.req, patchers: this._patchers || [],
                          listeners: carriedListeners(this), own: carriedFunctions(this),
                          next: this._requestListeners && this._requestListeners.length ?
                            [this._requestListeners, this._requestUrl] : null}};
  };
  // The program's own 'finish' and 'close' listeners travel with the response (a package's
  // stay on the node that registered them). Filled in place: such a listener's closure,
  // carried inside the response, may refer back to it.
  function carriedListeners(res) {
    const out = [];
    for (const event of ["finish", "close"]) {
      for (const fn of res.listeners(event)) if (rt.fnInfo.has(fn)) out.push([event, fn]);
    }
    return out;
  }
  // So do the functions the program puts on the response itself (a metrics middleware's
  // `res.end = function (chunk, ...rest) { bytes += ...; return end.call(this, chunk, ...rest) }`,
  // `Object.assign(res, { ok, fail })`), as the request's own do: a handler going on after an
  // await calls them where the response arrives. Not a package's (they stay here), nor those a
  // middleware made that `res` remembers to run again where it arrives (express.js, patchers), nor
  // one that cannot travel (a wrapper keeping a package's `res.end`): it stays behind, as before.
  function carriedFunctions(res) {
    const out = [];
    for (const k of Object.keys(res)) {
      const fn = res[k];
      if (k === "app" || typeof fn !== "function") continue;  // the app (a function) travels as such
      if (rt.staysHere(fn) || rt.rerunMade.has(fn) || !rt.travels(fn)) continue;
      out.push([k, fn]);
    }
    return out;
  }
  rt.handleKind("res", function (v, res) {
    newResponse(res, appProto(v.app, "response"));
    res._rid = v.rid; res.statusCode = v.statusCode; res._headers = v.headers; res.finished = v.finished;
    res._header = v.header; res.locals = v.locals; res._chunks = v.chunks; res.app = v.app;
    res.statusMessage = v.statusMessage;
    if (v.req) {  // req and res find each other again after a trip
      Object.defineProperty(res, "req", {value: v.req, enumerable: false, writable: true});
      Object.defineProperty(v.req, "res", {value: res, enumerable: false, writable: true});
    }
    if (v.patchers.length && !res.finished && v.req) {
      res._patchers = v.patchers;
      for (const patcher of v.patchers) patcher(v.req, res, function () {});
      for (const k of Object.keys(res)) if (typeof res[k] === "function") rt.rerunMade.add(res[k]);
    }
    for (const [k, fn] of v.own || []) res[k] = fn;
    for (const [event, fn] of v.listeners) res.on(event, fn);
    if (v.next) pendingListeners(res, v.next[0], v.next[1]);
    return res;
  }, true);

  // res.render's own callback: sends the page or passes the error on. A handle, so that
  // an engine can hand it to fs.readFile or a timer like any continuation.
  function renderDone(res) {
    const done = function (err, str) {
      if (err) { res.req.next(err); return; }
      res.send(str);
    };
    done[rt.SER] = () => ({k: "renderDone", v: {res: res}});
    return done;
  }
  rt.handleKind("renderDone", (v) => renderDone(v.res));

  // A response is an EventEmitter (Node's is a legacy Stream); its listeners do not travel.
  let emitting = false;
  function newResponse(res = {}, proto = null) {
    if (!emitting) {
      Object.setPrototypeOf(resProto, rt.require("events").prototype);
      emitting = true;
    }
    Object.setPrototypeOf(res, proto || resProto);
    rt.require("events").init.call(res);
    return res;
  }

  // JSON for res.json and res.jsonp, with the app's replacer, spaces and escape settings.
  function stringify(app, value) {
    const replacer = app && rt.appSetting(app, "json replacer");
    const spaces = app && rt.appSetting(app, "json spaces");
    const json = replacer || spaces ? JSON.stringify(value, replacer, spaces) : JSON.stringify(value);
    if (!(app && rt.appSetting(app, "json escape")) || typeof json !== "string") return json;
    return json.replace(/[<>&]/g, (c) => "\\u00" + c.charCodeAt(0).toString(16));
  }

  // Express's compileETag: the app's "etag" setting, a function of the program's own (called with
  // the body's Buffer), "strong", or true / "weak"
  function etagFunction(setting) {
    if (typeof setting === "function") return setting;
    if (setting === true || setting === "weak") return weakEtag;
    if (setting === "strong") return strongEtag;
    return null;
  }
  function strongEtag(body) {
    if (body.length === 0) return "\"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk\"";
    const hash = rt.require("crypto").createHash("sha1").update(body).digest("base64").substring(0, 27);
    return "\"" + body.length.toString(16) + "-" + hash + "\"";
  }
  function weakEtag(body) {
    if (body.length === 0) return "W/\"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk\"";
    const crypto = rt.require("crypto");
    const hash = crypto.createHash("sha1").update(body).digest("base64").substring(0, 27);
    return "W/\"" + body.length.toString(16) + "-" + hash + "\"";
  }

  function redirect(res, status, url) {
    let body;
    const address = res.location(url).get("Location");
    const accepted = res.req ? res.req.accepts(["text", "html"]) : "text";
    if (accepted === "html") body = "<p>" + H.STATUS[status] + ". Redirecting to " + H.escapeHtml(address) + "</p>";
    else if (accepted === "text") body = H.STATUS[status] + ". Redirecting to " + address;
    else body = "";
    if (accepted) res.set("Content-Type", accepted === "html" ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
    res.vary("Accept");
    res.status(status);
    res.set("Content-Length", Buffer.byteLength(body));
    if (res.req && res.req.method === "HEAD") res.end();
    else res.end(body);
  }

  // -- Express 5 (lib/request.js, lib/response.js of express 5.1) -----------------------
  // What changed for a service that asks for Express 5 (executor/packages.py express_major):
  // req.query is a getter that parses the query each time (not writable); req.param,
  // res.send(status), res.json(obj, status) and the magic 'back' are gone; res.status
  // validates its code, and res.sendStatus and res.redirect go through it.
  const express4 = {req: {param: reqProto.param}, res: {}};
  const EXPRESS5_RES = {
    status(code) {
      if (!Number.isInteger(code)) {
        throw new TypeError(`Invalid status code: ${JSON.stringify(code)}. Status code must be an integer.`);
      }
      if (code < 100 || code > 999) {
        throw new RangeError(`Invalid status code: ${JSON.stringify(code)}. Status code must be greater than 99 and less than 1000.`);
      }
      this.statusCode = code;
      return this;
    },
    send(body) { return typeof body === "number" ? this.json(body) : express4.res.send.call(this, body); },
    json(obj) { return express4.res.json.call(this, obj); },
    jsonp(obj) { return express4.res.jsonp.call(this, obj); },
    sendStatus(statusCode) {
      const body = H.STATUS[statusCode] || String(statusCode);
      this.status(statusCode);
      this.type("txt");
      return this.send(body);
    },
    location(url) { return this.set("Location", H.encodeUrl(url)); },
    redirect(url) {
      return arguments.length === 2 ? redirect(this, arguments[0], arguments[1]) : redirect(this, 302, url);
    },
  };
  for (const name of Object.keys(EXPRESS5_RES)) express4.res[name] = resProto[name];

  function query5() {
    const parser = this.app ? this.app.settings["query parser"] : "simple";
    const q = this.url.indexOf("?") === -1 ? null : queryOf(this.url);
    if (typeof parser === "function") return parser(q);
    if (parser === false) return Object.create(null);
    return parser === "extended" ? H.parseQueryExtended(q || "") : rt.require("querystring").parse(q || "");
  }

  // req.host: X-Forwarded-Host when the proxy is trusted, else Host, with its port
  function host5() {
    let host = this.get("X-Forwarded-Host");
    if (!host || !trustProxy(this)(this._remoteAddress, 0)) host = this.get("Host");
    else if (host.indexOf(",") !== -1) host = host.substring(0, host.indexOf(",")).trimRight();
    return host || undefined;
  }

  rt.onConfigured(function (project) {
    const five = project.express === 5;
    Object.assign(resProto, five ? EXPRESS5_RES : express4.res);
    if (five) {
      delete reqProto.param;
      Object.defineProperty(reqProto, "query", {get: query5, configurable: true, enumerable: true});
    } else {
      reqProto.param = express4.req.param;
      delete reqProto.query;
    }
    Object.defineProperty(reqProto, "host", {get: five ? host5 : reqGetters.host, configurable: true, enumerable: false});
    protoBaseline = [descriptorsOf(reqProto), descriptorsOf(resProto)];
  });

  // What the program puts on `express.request` and `express.response` themselves (a getter
  // `req.wantsJson` a module defines as it loads, in main): main's snapshot carries it, so that a
  // node that did not run main has it too (run.js, core.js loadMain).
  let protoBaseline = null;
  function descriptorsOf(proto) {
    const out = new Map();
    for (const k of Object.getOwnPropertyNames(proto)) out.set(k, Object.getOwnPropertyDescriptor(proto, k));
    return out;
  }
  rt.express.protoChanges = function () {
    if (protoBaseline === null) return null;
    const changes = [reqProto, resProto].map((proto, i) => {
      const out = {};
      for (const [k, d] of descriptorsOf(proto)) {
        const was = protoBaseline[i].get(k);
        if (was && was.value === d.value && was.get === d.get && was.set === d.set) continue;
        out[k] = "value" in d ? {value: d.value, writable: d.writable, enumerable: d.enumerable, configurable: d.configurable}
          : {get: d.get, set: d.set, enumerable: d.enumerable, configurable: d.configurable};
      }
      return out;
    });
    return Object.keys(changes[0]).length || Object.keys(changes[1]).length ? changes : null;
  };
  rt.express.restoreProtos = function (changes) {
    Object.defineProperties(reqProto, changes[0]);
    Object.defineProperties(resProto, changes[1]);
  };

  // -- body parsers ---------------------------------------------------------------
  function parseBytes(limit) {
    if (typeof limit === "number") return limit;
    const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(String(limit || "100kb"));
    if (!m) return 102400;
    return Math.floor(parseFloat(m[1]) * ({b: 1, kb: 1024, mb: 1048576, gb: 1073741824})[(m[2] || "b").toLowerCase()]);
  }

  // As body-parser's, made by http-errors' createError(status, err, props): a JSON body that does
  // not parse gives JSON.parse's SyntaxError; its fields in http-errors' order.
  function attachmentOf(filename) {
    return filename ? "attachment; filename=\"" + filename.replace(/^.*\//, "") + "\"" : "attachment";
  }

  // An error made from JSON.parse's SyntaxError has http-errors' own fields in its order (expose, statusCode,
  // status: `{...err}` and JSON.stringify(err) show them so); a new one http-errors' class name.
  const HTTP_ERROR_NAMES = {400: "BadRequestError", 413: "PayloadTooLargeError", 415: "UnsupportedMediaTypeError"};
  function bodyError(status, type, message, extra, Kind = Error) {
    const err = new Kind(message);
    err.expose = status < 500;
    err.statusCode = status;
    err.status = status;
    if (Kind === Error && HTTP_ERROR_NAMES[status]) {
      Object.defineProperty(err, "name", {value: HTTP_ERROR_NAMES[status], writable: true, configurable: true});
    }
    Object.assign(err, extra || {});
    err.type = type;
    return err;
  }

  function bodyParser(name, defaults, parse) {
    return function (options) {
      const opts = Object.assign({}, defaults, options || {});
      if (rt.project.express === 5 && !(options && "extended" in options)) opts.extended = false;  // body-parser 2's default
      const limit = parseBytes(opts.limit);
      const types = [].concat(opts.type);
      const mw = function (req, res, next) {
        if (req._body) { next(); return; }
        if (rt.project.express !== 5) req.body = req.body || {};
        else if (!("body" in req)) req.body = undefined;  // body-parser 2: left undefined when not parsed
        if (!hasBody(req)) { next(); return; }
        const ct = req.headers["content-type"];
        if (!ct || !types.some((t) => typeof t === "function" ? t(req) : mimeMatch(t, ct.split(";")[0].trim().toLowerCase()))) {
          next(); return;
        }
        const raw = req._rawBody ? Buffer.from(req._rawBody, "base64") : Buffer.alloc(0);
        if (raw.length > limit) {
          next(bodyError(413, "entity.too.large", "request entity too large",
                         {expected: raw.length, length: raw.length, limit: limit})); return;
        }
        req._body = true;
        try {
          req.body = parse(raw, opts, ct);
        } catch (e) {
          next(e); return;
        }
        next();
      };
      mw[rt.SER] = () => ({k: "bodyParser", v: {name: name, options: options || null}});
      Object.defineProperty(mw, "name", {value: name + "Parser"});
      return mw;
    };
  }

  const parsers = {
    json: bodyParser("json", {type: "application/json", strict: true, limit: "100kb"}, function (raw, opts) {
      const text = raw.toString("utf8");
      if (text.length === 0) return {};
      if (opts.strict !== false) {
        const first = /^[\x20\x09\x0a\x0d]*([^\x20\x09\x0a\x0d])/.exec(text);
        if (first && first[1] !== "{" && first[1] !== "[") {
          // body-parser's createStrictSyntaxError: JSON.parse's own message for the text from that character on
          // made '#'s, the '#'s given back the text's characters ("Unexpected token 'n', \"null\" is not valid JSON")
          const index = text.indexOf(first[1]);
          const partial = text.substring(0, index) + "#".repeat(text.length - index);
          let message = "strict violation";
          try { JSON.parse(partial); } catch (e) {
            message = e.message.replace(/#+/g, (run) => text.substring(index, index + run.length));
          }
          throw bodyError(400, "entity.parse.failed", message, {body: text}, SyntaxError);
        }
      }
      try {
        return JSON.parse(text, opts.reviver);
      } catch (e) {
        throw bodyError(400, "entity.parse.failed", e.message, {body: text}, SyntaxError);
      }
    }),
    text: bodyParser("text", {type: "text/plain", limit: "100kb", defaultCharset: "utf-8"}, (raw) => raw.toString("utf8")),
    raw: bodyParser("raw", {type: "application/octet-stream", limit: "100kb"}, (raw) => raw),
    urlencoded: bodyParser("urlencoded", {type: "application/x-www-form-urlencoded", limit: "100kb", extended: true},
      function (raw, opts) {
        const text = raw.toString("utf8");
        // body-parser (1.20 and 2): more than `parameterLimit` parameters (1000) is a 413, not a cut
        const limit = opts.parameterLimit === undefined ? 1000 : opts.parameterLimit;
        if (text.length !== 0 && text.split("&").length > limit) {
          throw bodyError(413, "parameters.too.many", "too many parameters", {body: text});
        }
        if (opts.extended === false && rt.project.express === 5) return H.parseQueryFlat(text);
        if (opts.extended === false) {
          const qs = rt.require("querystring").parse(text);
          const out = {};
          for (const k of Object.keys(qs)) out[k] = qs[k];
          return out;
        }
        return H.parseQueryExtended(text);
      }),
  };
  rt.handleKind("bodyParser", (v) => parsers[v.name](v.options || undefined));

  // -- on-headers -------------------------------------------------------------------
  // The on-headers package (1.0.2) wraps `res.writeHead` in a closure of its own, which cannot
  // travel: a service's stateful middleware calling it (an API quota's header) lost its listener
  // as soon as the response went on after an await. Liquefy's own makes the same wrapper as a
  // handle, which travels with the response when its listener and what it wraps do (the
  // program's: express_reqres.js, carriedFunctions); a package's listener (cookie-session's,
  // morgan's) stays, and its middleware, run again where the response arrives, wraps it again.
  function onHeaders(res, listener) {
    if (!res) throw new TypeError("argument res is required");
    if (typeof listener !== "function") throw new TypeError("argument listener must be a function");
    res.writeHead = headersWrapper(res.writeHead, listener, false);
  }
  function headersWrapper(prevWriteHead, listener, alreadyFired) {
    let fired = alreadyFired;
    const writeHead = function writeHead(statusCode) {
      const args = setWriteHeadHeaders.apply(this, arguments);
      if (!fired) {
        fired = true;
        listener.call(this);
        if (typeof args[0] === "number" && this.statusCode !== args[0]) {  // pass an updated status on
          args[0] = this.statusCode;
          args.length = 1;
        }
      }
      return prevWriteHead.apply(this, args);
    };
    writeHead[rt.SER] = () => ({k: "onHeaders", v: {prev: prevWriteHead, listener: listener, fired: fired}});
    return writeHead;
  }
  rt.handleKind("onHeaders", (v) => headersWrapper(v.prev, v.listener, v.fired), "function");
  function setWriteHeadHeaders(statusCode) {
    const length = arguments.length;
    const headerIndex = length > 1 && typeof arguments[1] === "string" ? 2 : 1;
    const headers = length >= headerIndex + 1 ? arguments[headerIndex] : undefined;
    this.statusCode = statusCode;
    if (Array.isArray(headers)) {
      for (let i = 0; i < headers.length; i++) this.setHeader(headers[i][0], headers[i][1]);
    } else if (headers) {
      for (const k of Object.keys(headers)) if (k) this.setHeader(k, headers[k]);
    }
    const args = new Array(Math.min(length, headerIndex));
    for (let i = 0; i < args.length; i++) args[i] = arguments[i];
    return args;
  }
  rt.defineRuntimeModule("on-headers", () => onHeaders);

  // -- the express module ---------------------------------------------------------
  rt.express.reqProto = reqProto;
  rt.express.resProto = resProto;
  rt.defineRuntimeModule("express", function () {
    const express = function () { return E.createApplication(); };
    express.Router = E.Router;
    express.Route = E.Route;
    express.json = parsers.json;
    express.text = parsers.text;
    express.raw = parsers.raw;
    express.urlencoded = parsers.urlencoded;
    express.static = serveStatic;
    express.request = reqProto;
    express.response = resProto;
    express.application = {};
    return express;
  });

  // -- HTTP messages: a request arrives from the gateway ----------------------------
  function queryOf(url) {
    const q = url.indexOf("?");
    return q === -1 ? "" : url.slice(q + 1);
  }

  rt.messageKind(MESSAGE.http, function (message) {
    const listener = rt.express.serverListener;
    const app = listener && (Array.isArray(listener) || listener.kind !== "app") ? null : rt.express.app();
    const r = message.req;
    const req = Object.create(reqProto);
    req.method = r.method;
    req.url = r.url;
    req.headers = r.headers;
    req.httpVersion = "1.1";
    req.httpVersionMajor = 1;
    req.httpVersionMinor = 1;
    req._rawBody = r.body || "";
    streamRequest(req, false);
    const res = newResponse();
    res._rid = message.rid;
    res.statusCode = 200;
    res._headers = {};
    res.finished = false;
    res._header = false;
    Object.defineProperty(req, "res", {value: res, enumerable: false, writable: true});
    Object.defineProperty(res, "req", {value: req, enumerable: false, writable: true});
    if (Array.isArray(listener)) {  // several 'request' listeners: each in its turn, as Node's emit
      pendingListeners(res, listener.slice(), r);
      continueRequestListeners(req, res);
      return;
    }
    if (!app) {
      callServerListener(listener, req, res);
      return;
    }
    expressFields(app, req, res, r);
    app.handle(req, res);
  });

  // http.createServer(listener), a service without Express: here if its fluxion
  // runs on this node, else as a message (a start stream, in the graph).
  function callServerListener(listener, req, res) {
    if (rt.isLocal(listener)) listener(req, res);
    else rt.post(listener, [req, res], {via: "http", rid: res._rid, src: "main"});
  }

  // The server's 'request' listeners left to call (`res._requestListeners`, travelling with the
  // response): those that run here are called at once; one of another unit gets the request as
  // its message, which goes on with the rest once it returned (run.js), so that a listener sees
  // the response as the one before it left it ('finish' listeners added to it, its headers).
  function continueRequestListeners(req, res) {
    const left = res._requestListeners;
    while (left && left.length) {
      const each = left.shift();
      if (typeof each === "function" && each.kind === "app") {
        expressFields(each, req, res, res._requestUrl);
        each.handle(req, res);
      } else if (rt.isLocal(each)) {
        each(req, res);
      } else {
        rt.post(each, [req, res], {via: "http", rid: res._rid, src: "main"});
        return;
      }
    }
  }
  rt.express.continueRequestListeners = continueRequestListeners;
  function pendingListeners(res, listeners, r) {
    Object.defineProperty(res, "_requestListeners", {value: listeners, enumerable: false, writable: true, configurable: true});
    Object.defineProperty(res, "_requestUrl", {value: r, enumerable: false, writable: true, configurable: true});
  }

  function expressFields(app, req, res, r) {
    req.originalUrl = r.url;
    req._remoteAddress = r.ip || "::ffff:127.0.0.1";  // req.ip: through the trusted proxies
    req.params = {};
    req.app = app;
    res.locals = Object.create(null);
    res.app = app;
    if (app.request) Object.setPrototypeOf(req, app.request);  // Express's init
    if (app.response) Object.setPrototypeOf(res, app.response);
    // Express's own first middleware (init) sets it, so handlers see it in res.getHeaders()
    if (app.settings["x-powered-by"]) res._headers["x-powered-by"] = ["X-Powered-By", "Express"];
    if (rt.project.express === 5) return;  // req.query: a getter (query5)
    try {
      const parser = app.settings["query parser"];
      req.query = parser === false ? {} :
        (parser === "simple" ? rt.require("querystring").parse(queryOf(r.url)) : H.parseQueryExtended(queryOf(r.url)));
    } catch (e) {
      req.query = {};
    }
  }

  // The app the gateway's requests go to: the entry's export (an ES module's default export), else the app that
  // listens (main's, also on a node that restored main's snapshot), else the last app made. Not the last app
  // before the one that listens: a sub-app made after the main app (`const admin = express()`) is the last one
  // made, and the last one decoded on a node that received it in a unit's state, so it took the requests.
  rt.express.app = function () {
    const isApp = (v) => typeof v === "function" && v.kind === "app";
    const entry = rt.project.modules[rt.project.entry];
    const exported = entry && entry.module && entry.module.exports;
    if (isApp(exported)) return exported;
    if (exported && isApp(exported.default)) return exported.default;
    const listener = rt.express.serverListener;
    if (isApp(listener)) return listener;
    if (rt.express.lastApp) return rt.express.lastApp;
    throw new Error("the service does not create an Express app (express())");
  };
})(require("./core"));
