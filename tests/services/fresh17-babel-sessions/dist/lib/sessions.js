"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.default = exports.SessionStore = void 0;
var _events = _interopRequireDefault(require("events"));
var _tokens = require("./tokens");
function _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }
function _classPrivateMethodInitSpec(e, a) { _checkPrivateRedeclaration(e, a), a.add(e); }
function _defineProperty(e, r, t) { return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e; }
function _toPropertyKey(t) { var i = _toPrimitive(t, "string"); return "symbol" == typeof i ? i : i + ""; }
function _toPrimitive(t, e) { if ("object" != typeof t || !t) return t; var r; if ("undefined" != typeof Symbol && void 0 !== (r = t[Symbol.toPrimitive])) { var i = r.call(t, e || "default"); if ("object" != typeof i) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === e ? String : Number)(t); }
function _classPrivateFieldInitSpec(e, t, a) { _checkPrivateRedeclaration(e, t), t.set(e, a); }
function _checkPrivateRedeclaration(e, t) { if (t.has(e)) throw new TypeError("Cannot initialize the same private elements twice on an object"); }
function _classPrivateFieldGet(s, a) { return s.get(_assertClassBrand(s, a)); }
function _classPrivateFieldSet(s, a, r) { return s.set(_assertClassBrand(s, a), r), r; }
function _assertClassBrand(e, t, n) { if ("function" == typeof e ? e === t : e.has(t)) return arguments.length < 3 ? t : n; throw new TypeError("Private element is not present on this object"); }
var _sessions = /*#__PURE__*/new WeakMap();
var _maxIdle = /*#__PURE__*/new WeakMap();
var _SessionStore_brand = /*#__PURE__*/new WeakSet();
class SessionStore extends _events.default {
  constructor({
    maxIdle = 5
  } = {}) {
    var _SessionStore$stores, _SessionStore$stores2;
    super();
    _classPrivateMethodInitSpec(this, _SessionStore_brand);
    _classPrivateFieldInitSpec(this, _sessions, new Map());
    _classPrivateFieldInitSpec(this, _maxIdle, void 0);
    _defineProperty(this, "ticks", 0);
    _classPrivateFieldSet(_maxIdle, this, maxIdle);
    _stores._ = (_SessionStore$stores = _stores._, _SessionStore$stores2 = _SessionStore$stores++, _SessionStore$stores), _SessionStore$stores2;
  }
  static get stores() {
    return _stores._;
  }
  create(user) {
    const token = (0, _tokens.nextToken)(user);
    const session = {
      user,
      cart: [],
      seen: this.ticks,
      views: 0
    };
    _classPrivateFieldGet(_sessions, this).set(token, session);
    this.emit('created', user);
    return token;
  }
  touch(token) {
    this.ticks++;
    _assertClassBrand(_SessionStore_brand, this, _sweep).call(this);
    const s = _classPrivateFieldGet(_sessions, this).get(token);
    if (!s) return null;
    s.seen = this.ticks;
    s.views++;
    return s;
  }
  destroy(token) {
    const s = _classPrivateFieldGet(_sessions, this).get(token);
    if (s) {
      _classPrivateFieldGet(_sessions, this).delete(token);
      this.emit('ended', s.user, 'logout');
    }
    return Boolean(s);
  }
  get size() {
    return _classPrivateFieldGet(_sessions, this).size;
  }
}
exports.SessionStore = SessionStore;
function _sweep() {
  for (const [token, s] of _classPrivateFieldGet(_sessions, this)) {
    if (this.ticks - s.seen > _classPrivateFieldGet(_maxIdle, this)) {
      _classPrivateFieldGet(_sessions, this).delete(token);
      this.emit('ended', s.user, 'idle');
    }
  }
}
var _stores = {
  _: 0
};
var _default = exports.default = new SessionStore({
  maxIdle: 4
});