"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.default = void 0;
function _classPrivateFieldInitSpec(e, t, a) { _checkPrivateRedeclaration(e, t), t.set(e, a); }
function _checkPrivateRedeclaration(e, t) { if (t.has(e)) throw new TypeError("Cannot initialize the same private elements twice on an object"); }
function _defineProperty(e, r, t) { return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e; }
function _toPropertyKey(t) { var i = _toPrimitive(t, "string"); return "symbol" == typeof i ? i : i + ""; }
function _toPrimitive(t, r) { if ("object" != typeof t || !t) return t; var e = t[Symbol.toPrimitive]; if (void 0 !== e) { var i = e.call(t, r || "default"); if ("object" != typeof i) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === r ? String : Number)(t); }
function _classPrivateFieldGet(s, a) { return s.get(_assertClassBrand(s, a)); }
function _assertClassBrand(e, t, n) { if ("function" == typeof e ? e === t : e.has(t)) return arguments.length < 3 ? t : n; throw new TypeError("Private element is not present on this object"); }
var _totals = /*#__PURE__*/new WeakMap();
class Ledger {
  constructor() {
    _defineProperty(this, "entries", []);
    _classPrivateFieldInitSpec(this, _totals, new Map());
  }
  add(customer, kind, cents) {
    var _classPrivateFieldGe;
    const entry = {
      n: this.entries.length + 1,
      customer,
      kind,
      cents
    };
    this.entries.push(entry);
    _classPrivateFieldGet(_totals, this).set(customer, ((_classPrivateFieldGe = _classPrivateFieldGet(_totals, this).get(customer)) !== null && _classPrivateFieldGe !== void 0 ? _classPrivateFieldGe : 0) + cents);
    Ledger.writes += 1;
    return entry;
  }
  totalFor(customer) {
    var _classPrivateFieldGe2;
    return (_classPrivateFieldGe2 = _classPrivateFieldGet(_totals, this).get(customer)) !== null && _classPrivateFieldGe2 !== void 0 ? _classPrivateFieldGe2 : 0;
  }
  recent(n) {
    return this.entries.slice(-n);
  }
}
_defineProperty(Ledger, "writes", 0);
var _default = exports.default = new Ledger();
