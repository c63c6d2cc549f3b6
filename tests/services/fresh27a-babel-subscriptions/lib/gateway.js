"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.default = void 0;
function _classPrivateFieldInitSpec(e, t, a) { _checkPrivateRedeclaration(e, t), t.set(e, a); }
function _checkPrivateRedeclaration(e, t) { if (t.has(e)) throw new TypeError("Cannot initialize the same private elements twice on an object"); }
function _classPrivateFieldGet(s, a) { return s.get(_assertClassBrand(s, a)); }
function _classPrivateFieldSet(s, a, r) { return s.set(_assertClassBrand(s, a), r), r; }
function _assertClassBrand(e, t, n) { if ("function" == typeof e ? e === t : e.has(t)) return arguments.length < 3 ? t : n; throw new TypeError("Private element is not present on this object"); }
const tick = () => new Promise(resolve => setImmediate(resolve));
var _calls = /*#__PURE__*/new WeakMap();
var _declines = /*#__PURE__*/new WeakMap();
class Gateway {
  constructor() {
    _classPrivateFieldInitSpec(this, _calls, 0);
    _classPrivateFieldInitSpec(this, _declines, new Set());
  }
  async charge(customer, cents) {
    await tick();
    _classPrivateFieldSet(_calls, this, _classPrivateFieldGet(_calls, this) + 1);
    if (_classPrivateFieldGet(_declines, this).has(customer)) {
      return {
        ok: false,
        ref: null,
        cents
      };
    }
    return {
      ok: true,
      ref: `ch_${_classPrivateFieldGet(_calls, this)}`,
      cents
    };
  }
  decline(customer) {
    _classPrivateFieldGet(_declines, this).add(customer);
  }
  accept(customer) {
    _classPrivateFieldGet(_declines, this).delete(customer);
  }
  get calls() {
    return _classPrivateFieldGet(_calls, this);
  }
}
exports.default = Gateway;
