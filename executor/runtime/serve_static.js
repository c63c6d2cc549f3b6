// express.static, which express_reqres.js puts on the `express` module.
require("./http_support");  // rt.http
(function (rt) {
  "use strict";
  const H = rt.http;

  // -- express.static: serve-static 1.16 over send 0.19, on the file store -------------
  // The stream of `send` becomes direct calls: its 'error' event is what the
  // middleware does with an error (next(err) or next()), 'directory' the
  // redirect that adds a slash (or a 404), 'file' the end of falling through.
  function serveStatic(root, options) {
    if (!root) throw new TypeError("root path required");
    if (typeof root !== "string") throw new TypeError("root path must be a string");
    const opts = Object.assign({}, options);
    const fallthrough = opts.fallthrough !== false;
    const redirect = opts.redirect !== false;
    if (opts.setHeaders && typeof opts.setHeaders !== "function") throw new TypeError("option setHeaders must be function");
    const mw = function serveStatic(req, res, next) {
      if (req.method !== "GET" && req.method !== "HEAD") {
        if (fallthrough) { next(); return; }
        res.statusCode = 405;
        res.setHeader("Allow", "GET, HEAD");
        res.setHeader("Content-Length", "0");
        res.end();
        return;
      }
      let path = urlPath(req.url);
      if (path === "/" && urlPath(req.originalUrl || req.url).slice(-1) !== "/") path = "";  // redirect at the mount
      const err = send(req, res, path, rt.require("path").resolve(root), opts, redirect);
      if (err === undefined) return;
      if (!fallthrough || fileErrors.has(err) || !(err.statusCode < 500)) next(err);
      else next();
    };
    mw[rt.SER] = () => ({k: "static", v: {root: root, options: options || null}});
    return mw;
  }
  rt.handleKind("static", (v) => serveStatic(v.root, v.options || undefined));

  function urlPath(url) {
    const q = String(url).search(/[?#]/);
    return q === -1 ? url : url.slice(0, q);
  }

  // Answers the request with the file under `root`, or returns the error
  // (http-errors style; in fileErrors once a file was chosen).
  const fileErrors = new WeakSet();
  function send(req, res, path, root, opts, redirect) {
    const posix = rt.require("path");
    const fs = rt.require("fs");
    try { path = decodeURIComponent(path); } catch (e) { return httpError(400); }
    if (path.indexOf("\0") !== -1) return httpError(400);
    if (path) path = posix.normalize("./" + path);
    if (/(?:^|[\\/])\.\.(?:[\\/]|$)/.test(path)) return httpError(403);
    const parts = path.split("/");
    const trailingSlash = path[path.length - 1] === "/";
    path = posix.normalize(posix.join(root, path));
    if (parts.some((p) => p.length > 1 && p[0] === ".")) {
      // send 0.19 (Express 4) ignores by default only a dotfile named last; send 1 (Express 5) any dot part
      const access = opts.dotfiles !== undefined ? opts.dotfiles
        : rt.project.express === 5 || parts[parts.length - 1][0] === "." ? "ignore" : "allow";
      if (access === "deny") return httpError(403);
      if (access !== "allow") return httpError(404);
    }
    const stat = (p) => { try { return [null, fs.statSync(p)]; } catch (e) { return [e, null]; } };
    const statError = (e) => httpError(["ENAMETOOLONG", "ENOENT", "ENOTDIR"].indexOf(e.code) !== -1 ? 404 : 500, e);
    const index = opts.index === undefined ? ["index.html"] : [].concat(opts.index || []);
    if (index.length && trailingSlash) {
      let err = null;
      for (const name of index) {
        const [e, st] = stat(posix.join(path, name));
        if (e) { err = e; continue; }
        if (!st.isDirectory()) return sendStat(req, res, posix.join(path, name), st, opts);
      }
      return err ? statError(err) : httpError(404);
    }
    let [err, st] = stat(path);
    if (err && err.code === "ENOENT" && !posix.extname(path) && path[path.length - 1] !== "/") {
      for (const ext of [].concat(opts.extensions || [])) {
        const [e, s] = stat(path + "." + ext);
        if (e) { err = e; continue; }
        if (!s.isDirectory()) return sendStat(req, res, path + "." + ext, s, opts);
        err = null;
      }
      return err ? statError(err) : httpError(404);
    }
    if (err) return statError(err);
    if (!st.isDirectory()) return sendStat(req, res, path, st, opts);
    if (redirect === "directory") return Object.assign(new Error("EISDIR, read"), {code: "EISDIR"});  // res.sendFile's
    if (!redirect || trailingSlash) return httpError(404);
    const original = urlPath(req.originalUrl || req.url);
    const loc = H.encodeUrl((original + "/").replace(/^\/{2,}/, "/") + (req.originalUrl || req.url).slice(original.length));
    const doc = staticDocument("Redirecting", "Redirecting to " + H.escapeHtml(loc));
    res.statusCode = 301;
    res.setHeader("Content-Type", "text/html; charset=UTF-8");
    res.setHeader("Content-Length", Buffer.byteLength(doc));
    res.setHeader("Content-Security-Policy", "default-src 'none'");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Location", loc);
    res.end(doc);
    return undefined;
  }

  function sendStat(req, res, path, stat, opts) {
    const fail = (status, extra) => {
      const err = Object.assign(httpError(status), extra);
      fileErrors.add(err);
      return err;
    };
    if (res.headersSent) return fail(500);
    if (opts.setHeaders) opts.setHeaders(res, path, stat);
    if (opts.acceptRanges !== false && !res.getHeader("Accept-Ranges")) res.setHeader("Accept-Ranges", "bytes");
    if (opts.cacheControl !== false && !res.getHeader("Cache-Control")) {
      const maxAge = Math.min(Math.max(0, msOf(opts.maxAge || opts.maxage) || 0), 31536000000);
      res.setHeader("Cache-Control", "public, max-age=" + Math.floor(maxAge / 1000) + (opts.immutable ? ", immutable" : ""));
    }
    if (opts.lastModified !== false && !res.getHeader("Last-Modified")) res.setHeader("Last-Modified", stat.mtime.toUTCString());
    if (opts.etag !== false && !res.getHeader("ETag")) {
      res.setHeader("ETag", "W/\"" + stat.size.toString(16) + "-" + stat.mtime.getTime().toString(16) + "\"");
    }
    if (!res.getHeader("Content-Type")) {
      const type = H.lookupType(rt.require("path").extname(path) || "bin");
      res.setHeader("Content-Type", type + (H.charsetFor(type) ? "; charset=UTF-8" : ""));
    }
    const h = req.headers;
    if (h["if-match"] || h["if-unmodified-since"] || h["if-none-match"] || h["if-modified-since"]) {
      const etag = res.getHeader("ETag");
      if (h["if-match"] && (!etag || (h["if-match"] !== "*" && h["if-match"].split(/ *, */).every((m) => m !== etag && m !== "W/" + etag && "W/" + m !== etag)))) {
        return fail(412);
      }
      if ((res.statusCode >= 200 && res.statusCode < 300 || res.statusCode === 304) && req.fresh) {
        for (const name of ["Content-Encoding", "Content-Language", "Content-Length", "Content-Range", "Content-Type"]) res.removeHeader(name);
        res.statusCode = 304;
        res.end();
        return undefined;
      }
    }
    let data = rt.require("fs").readFileSync(path);
    let ranges = h.range;
    if (opts.acceptRanges !== false && /^ *bytes=/.test(ranges)) {
      ranges = rt.parseRange(data.length, ranges, {combine: true});  // -1 unsatisfiable, -2 malformed
      const ifRange = h["if-range"];
      if (ifRange && (ifRange.indexOf("\"") !== -1 ? ifRange.indexOf(res.getHeader("ETag")) === -1
                      : Date.parse(res.getHeader("Last-Modified")) > Date.parse(ifRange))) ranges = -2;
      if (ranges === -1) {
        res.setHeader("Content-Range", "bytes */" + data.length);
        return fail(416, {headers: {"Content-Range": res.getHeader("Content-Range")}});
      }
      if (ranges !== -2 && ranges.length === 1) {
        res.statusCode = 206;
        res.setHeader("Content-Range", "bytes " + ranges[0].start + "-" + ranges[0].end + "/" + data.length);
        data = data.subarray(ranges[0].start, ranges[0].end + 1);
      }
    }
    res.setHeader("Content-Length", data.length);
    if (req.method === "HEAD") res.end();
    else res.end(data);
    return undefined;
  }

  // res.sendFile (Express's, over send as express.static): the file at `path` under `opts.root`, or at the
  // absolute `path`, with send's checks (`..` is 403, a dotfile 404 as `dotfiles` says), conditional GETs, ranges
  // and `opts.headers`; returns the error Express hands its callback or `next` (a directory: EISDIR), or
  // undefined once the file is sent.
  function sendFile(req, res, path, opts) {
    const posix = rt.require("path");
    let decoded;
    try { decoded = decodeURIComponent(path); } catch (e) { return httpError(400); }
    if (!opts.root && /(?:^|[\\/])\.\.(?:[\\/]|$)/.test(decoded)) return httpError(403);  // ".." without root
    const sendOpts = Object.assign({}, opts, {setHeaders: undefined});
    if (opts.headers) {
      sendOpts.setHeaders = (r) => { for (const k of Object.keys(opts.headers)) r.setHeader(k, opts.headers[k]); };
    }
    return send(req, res, path, opts.root ? posix.resolve(opts.root) : "/", sendOpts, "directory");
  }

  // A duration as the `ms` package reads it ("1d", "2 hours", 500).
  function msOf(value) {
    if (typeof value !== "string") return Number(value);
    const m = /^(-?\d*\.?\d+) *([a-z]*)$/i.exec(value.trim());
    if (!m) return NaN;
    const unit = m[2].toLowerCase();
    if (/^(|ms|msecs?|milliseconds?)$/.test(unit)) return parseFloat(m[1]);
    const scale = /^(s|secs?|seconds?)$/.test(unit) ? 1e3 : /^(m|mins?|minutes?)$/.test(unit) ? 6e4 :
      /^(h|hrs?|hours?)$/.test(unit) ? 36e5 : /^(d|days?)$/.test(unit) ? 864e5 : /^(w|weeks?)$/.test(unit) ? 6048e5 :
      /^(y|yrs?|years?)$/.test(unit) ? 315576e5 : NaN;
    return parseFloat(m[1]) * scale;
  }

  // An http-errors error: the status's message, or `cause` given that status.
  function httpError(status, cause) {
    const message = H.STATUS[status];
    const err = cause || new Error(message);
    if (!cause) err.name = message.split(" ").map((w) => w[0].toUpperCase() + w.slice(1)).join("").replace(/[^ _0-9a-z]/gi, "") + "Error";
    err.status = err.statusCode = status;
    err.expose = cause ? false : status < 500;
    return err;
  }

  function staticDocument(title, body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title +
      "</title>\n</head>\n<body>\n<pre>" + body + "</pre>\n</body>\n</html>\n";
  }

  exports.serveStatic = serveStatic;
  exports.sendFile = sendFile;
})(require("./core"));
