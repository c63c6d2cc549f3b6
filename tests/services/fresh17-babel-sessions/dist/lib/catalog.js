"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.default = void 0;
function _defineProperty(e, r, t) { return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e; }
function _toPropertyKey(t) { var i = _toPrimitive(t, "string"); return "symbol" == typeof i ? i : i + ""; }
function _toPrimitive(t, e) { if ("object" != typeof t || !t) return t; var r; if ("undefined" != typeof Symbol && void 0 !== (r = t[Symbol.toPrimitive])) { var i = r.call(t, e || "default"); if ("object" != typeof i) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === e ? String : Number)(t); }
function _classPrivateFieldInitSpec(e, t, a) { _checkPrivateRedeclaration(e, t), t.set(e, a); }
function _checkPrivateRedeclaration(e, t) { if (t.has(e)) throw new TypeError("Cannot initialize the same private elements twice on an object"); }
function _classPrivateFieldGet(s, a) { return s.get(_assertClassBrand(s, a)); }
function _assertClassBrand(e, t, n) { if ("function" == typeof e ? e === t : e.has(t)) return arguments.length < 3 ? t : n; throw new TypeError("Private element is not present on this object"); }
var _prices = /*#__PURE__*/new WeakMap();
class Catalog {
  constructor() {
    _classPrivateFieldInitSpec(this, _prices, new Map(Object.entries({
      tea: 450,
      mug: 1200,
      honey: 800
    })));
    _defineProperty(this, "discounts", {
      WELCOME: 10
    });
  }
  price(sku) {
    return _classPrivateFieldGet(_prices, this).get(sku);
  }
  total(cart, code) {
    var _this$discounts$code;
    const gross = cart.reduce((sum, {
      sku,
      qty
    }) => sum + this.price(sku) * qty, 0);
    const pct = (_this$discounts$code = this.discounts[code]) !== null && _this$discounts$code !== void 0 ? _this$discounts$code : 0;
    return {
      gross,
      discount: Math.round(gross * pct / 100),
      net: gross - Math.round(gross * pct / 100)
    };
  }
}
exports.default = Catalog;