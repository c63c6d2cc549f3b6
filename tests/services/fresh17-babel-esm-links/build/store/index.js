"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
var _exportNames = {
  links: true,
  LinkStore: true,
  resetIds: true
};
Object.defineProperty(exports, "LinkStore", {
  enumerable: true,
  get: function get() {
    return _links.LinkStore;
  }
});
Object.defineProperty(exports, "links", {
  enumerable: true,
  get: function get() {
    return _links.default;
  }
});
Object.defineProperty(exports, "resetIds", {
  enumerable: true,
  get: function get() {
    return _ids.resetIds;
  }
});
var _links = _interopRequireWildcard(require("./links"));
var _version = require("./version");
Object.keys(_version).forEach(function (key) {
  if (key === "default" || key === "__esModule") return;
  if (Object.prototype.hasOwnProperty.call(_exportNames, key)) return;
  if (key in exports && exports[key] === _version[key]) return;
  Object.defineProperty(exports, key, {
    enumerable: true,
    get: function get() {
      return _version[key];
    }
  });
});
var _ids = require("./ids");
var cache;
function _interopRequireWildcard(e, t) { if (!t && e && e.__esModule) return e; var r, c, a = Object.defineProperty, n = { __proto__: null, default: e }; if (Object(e) !== e) return n; if (cache || "function" != typeof WeakMap || (cache = new WeakMap()), cache) { if (cache.has(e)) return cache.get(e); cache.set(e, n); } for (c in e) "default" !== c && {}.hasOwnProperty.call(e, c) && ((r = a && Object.getOwnPropertyDescriptor(e, c)) && (r.get || r.set) ? a(n, c, r) : n[c] = e[c]); return n; }