// Tables and small parsers Express relies on: status messages, MIME types,
// path-to-regexp 0.1.12 (Express 4's), the `qs` query syntax, HTML escaping.
(function (rt) {
  "use strict";
  const H = {};
  rt.http = H;

  H.STATUS = {
    100: "Continue", 101: "Switching Protocols", 102: "Processing", 103: "Early Hints",
    200: "OK", 201: "Created", 202: "Accepted", 203: "Non-Authoritative Information", 204: "No Content",
    205: "Reset Content", 206: "Partial Content", 207: "Multi-Status", 208: "Already Reported", 226: "IM Used",
    300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified",
    305: "Use Proxy", 307: "Temporary Redirect", 308: "Permanent Redirect",
    400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found",
    405: "Method Not Allowed", 406: "Not Acceptable", 407: "Proxy Authentication Required", 408: "Request Timeout",
    409: "Conflict", 410: "Gone", 411: "Length Required", 412: "Precondition Failed", 413: "Payload Too Large",
    414: "URI Too Long", 415: "Unsupported Media Type", 416: "Range Not Satisfiable", 417: "Expectation Failed",
    418: "I'm a Teapot", 421: "Misdirected Request", 422: "Unprocessable Entity", 423: "Locked",
    424: "Failed Dependency", 425: "Too Early", 426: "Upgrade Required", 428: "Precondition Required",
    429: "Too Many Requests", 431: "Request Header Fields Too Large", 451: "Unavailable For Legal Reasons",
    500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable",
    504: "Gateway Timeout", 505: "HTTP Version Not Supported", 506: "Variant Also Negotiates",
    507: "Insufficient Storage", 508: "Loop Detected", 509: "Bandwidth Limit Exceeded", 510: "Not Extended",
    511: "Network Authentication Required",
  };

  // Types by extension as Express 4's `send` looks them up (mime 1.6's types.json, vendored):
  // a later type's extension overrides an earlier one's, as mime's define() does.
  let types = null;
  function typesByExtension() {
    if (types === null) {
      types = Object.create(null);
      const table = globalThis.__liquefyBuiltins.vendored("mime/types");
      for (const type of Object.keys(table)) for (const ext of table[type]) types[ext] = type;
    }
    return types;
  }

  // The type of an extension or a path's, or undefined for one the table lacks.
  H.knownType = (ext) => typesByExtension()[String(ext).replace(/^.*[./\\]/, "").toLowerCase()];
  H.lookupType = (ext) => H.knownType(ext) || "application/octet-stream";

  H.charsetFor = function (type) {
    return /^text\/|^application\/(javascript|json)/.test(type) ? "utf-8" : null;
  };

  H.setCharset = function (type, charset) {
    if (!type || !charset) return type;
    const parts = type.split(";").map((s) => s.trim());
    const params = parts.slice(1).filter((p) => !/^charset=/i.test(p));
    params.push("charset=" + charset);
    return parts[0] + "; " + params.join("; ");
  };

  H.escapeHtml = function (s) {
    return String(s).replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})[c]);
  };

  // encodeurl: encodes a URL, leaving already-encoded sequences alone.
  H.encodeUrl = function (url) {
    return String(url)
      .replace(/(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uD800-\uDBFF]([^\uDC00-\uDFFF]|$)/g, "$1\uFFFD$2")
      .replace(/(?:[^\x21\x25\x26-\x3B\x3D\x3F-\x5B\x5D\x5F\x61-\x7A\x7E]|%(?:[^0-9A-Fa-f]|[0-9A-Fa-f][^0-9A-Fa-f]|$))+/g, encodeURI);
  };

  H.createHtmlDocument = function (message) {
    const body = H.escapeHtml(message).replace(/\n/g, "<br>").replace(/\x20{2}/g, " &nbsp;");
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n" +
      "</head>\n<body>\n<pre>" + body + "</pre>\n</body>\n</html>\n";
  };

  // -- path-to-regexp 0.1.12 ------------------------------------------------------
  const MATCHING_GROUP_REGEXP = /\\.|\((?:\?<(.*?)>)?(?!\?)/g;

  function pathToRegexp(path, keys, options) {
    options = options || {};
    keys = keys || [];
    const strict = options.strict;
    const end = options.end !== false;
    const flags = options.sensitive ? "" : "i";
    const lookahead = options.lookahead !== false;
    let extraOffset = 0;
    const keysOffset = keys.length;
    let i = 0;
    let name = 0;
    let pos = 0;
    let backtrack = "";
    let m;

    if (path instanceof RegExp) {
      MATCHING_GROUP_REGEXP.lastIndex = 0;
      while ((m = MATCHING_GROUP_REGEXP.exec(path.source))) {
        if (m[0][0] === "\\") continue;
        keys.push({name: m[1] || name++, optional: false, offset: m.index});
      }
      return path;
    }
    if (Array.isArray(path)) {
      path = path.map((value) => pathToRegexp(value, keys, options).source);
      return new RegExp(path.join("|"), flags);
    }
    if (typeof path !== "string") throw new TypeError("path must be a string, array of strings, or regular expression");

    path = path.replace(/\\.|(\/)?(\.)?:(\w+)(\(.*?\))?(\*)?(\?)?|[.*]|\/\(/g,
      function (match, slash, format, key, capture, star, optional, offset) {
        if (match[0] === "\\") { backtrack += match; pos += 2; return match; }
        if (match === ".") { backtrack += "\\."; extraOffset += 1; pos += 1; return "\\."; }
        if (slash || format) backtrack = "";
        else backtrack += path.slice(pos, offset);
        pos = offset + match.length;
        if (match === "*") { extraOffset += 3; return "(.*)"; }
        if (match === "/(") { backtrack += "/"; extraOffset += 2; return "/(?:"; }
        slash = slash || "";
        format = format ? "\\." : "";
        optional = optional || "";
        capture = capture ?
          capture.replace(/\\.|\*/, (c) => (c === "*" ? "(.*)" : c)) :
          (backtrack ? "((?:(?!/|" + backtrack + ").)+?)" : "([^/" + format + "]+?)");
        keys.push({name: key, optional: !!optional, offset: offset + extraOffset});
        const result = "(?:" + format + slash + capture + (star ? "((?:[/" + format + "].+?)?)" : "") + ")" + optional;
        extraOffset += result.length - match.length;
        return result;
      });

    MATCHING_GROUP_REGEXP.lastIndex = 0;
    while ((m = MATCHING_GROUP_REGEXP.exec(path))) {
      if (m[0][0] === "\\") continue;
      if (keysOffset + i === keys.length || keys[keysOffset + i].offset > m.index) {
        keys.splice(keysOffset + i, 0, {name: name++, optional: false, offset: m.index});
      }
      i++;
    }
    path += strict ? "" : path[path.length - 1] === "/" ? "?" : "/?";
    if (end) path += "$";
    else if (path[path.length - 1] !== "/") path += lookahead ? "(?=/|$)" : "(?:/|$)";
    return new RegExp("^" + path, flags);
  }
  H.pathToRegexp = pathToRegexp;

  // -- the `qs` query syntax (Express 4's "extended" query parser) ---------------------
  function decodeComponent(s) {
    const v = s.replace(/\+/g, " ");
    try { return decodeURIComponent(v); } catch (e) { return v; }
  }

  function assignPath(target, keys, value) {
    let obj = target;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const last = i === keys.length - 1;
      if (key === "") {
        if (!Array.isArray(obj)) return;
        if (last) { obj.push(value); return; }
        const child = {};
        obj.push(child);
        obj = child;
        continue;
      }
      if (last) {
        if (obj[key] === undefined) obj[key] = value;
        else if (Array.isArray(obj[key])) obj[key].push(value);
        else obj[key] = [obj[key], value];
        return;
      }
      const nextKey = keys[i + 1];
      if (obj[key] === undefined || typeof obj[key] !== "object") {
        obj[key] = (nextKey === "" || /^\d+$/.test(nextKey)) && Number(nextKey) <= 20 ? [] : {};
      }
      obj = obj[key];
    }
  }

  function compactArrays(value) {
    if (Array.isArray(value)) return value.filter((x) => x !== undefined).map(compactArrays);
    if (value && typeof value === "object") {
      for (const k of Object.keys(value)) value[k] = compactArrays(value[k]);
    }
    return value;
  }

  // Express 5's non-extended urlencoded body (body-parser 2): qs.parse with depth 0, allowPrototypes and an
  // arrayLimit of the parameters' count. Names are not split at their brackets (`user[age]` stays one name), as
  // Node's querystring leaves them, but qs drops an empty name (`=1`) and `__proto__`, takes a name wrapped in
  // brackets without them (`[a]`), and cuts the name at a `]=` before the first `=`; repeated names make arrays.
  H.parseQueryFlat = function (str) {
    const result = {};
    for (const part of String(str || "").split("&")) {
      if (!part) continue;
      const bracketEquals = part.indexOf("]=");
      const pos = bracketEquals === -1 ? part.indexOf("=") : bracketEquals + 1;
      const key = decodeComponent(pos === -1 ? part : part.slice(0, pos));
      const value = pos === -1 ? "" : decodeComponent(part.slice(pos + 1));
      if (!key) continue;
      const name = key.length > 1 && key[0] === "[" && key[key.length - 1] === "]" ? key.slice(1, -1) : key;
      if (name === "__proto__") continue;
      if (Object.prototype.hasOwnProperty.call(result, name)) result[name] = [].concat(result[name], value);
      else result[name] = value;
    }
    return result;
  };

  H.parseQueryExtended = function (str) {
    const result = {};
    if (!str) return result;
    const parts = String(str).split("&").slice(0, 1000);
    for (const part of parts) {
      if (!part) continue;
      const eq = part.indexOf("]=") >= 0 ? part.indexOf("]=") + 1 : part.indexOf("=");
      const rawKey = eq === -1 ? part : part.slice(0, eq);
      const value = eq === -1 ? "" : decodeComponent(part.slice(eq + 1));
      const key = decodeComponent(rawKey);
      const m = /^([^[\]]*)((?:\[[^[\]]*\])*)$/.exec(key);
      if (!m || !m[2] || m[1] === "") {
        assignPath(result, [key], value);
        continue;
      }
      const keys = [m[1]];
      const brackets = m[2].match(/\[[^[\]]*\]/g) || [];
      for (const b of brackets.slice(0, 5)) keys.push(b.slice(1, -1));
      assignPath(result, keys, value);
    }
    return compactArrays(result);
  };
})(require("./core"));
