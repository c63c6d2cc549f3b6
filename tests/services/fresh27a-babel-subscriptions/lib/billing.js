"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.gateway = exports.Subscriptions = exports.PLANS = exports.BillingError = void 0;
var _gateway = _interopRequireDefault(require("./gateway"));
function _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }
function _classPrivateMethodInitSpec(e, a) { _checkPrivateRedeclaration(e, a), a.add(e); }
function _classPrivateFieldInitSpec(e, t, a) { _checkPrivateRedeclaration(e, t), t.set(e, a); }
function _checkPrivateRedeclaration(e, t) { if (t.has(e)) throw new TypeError("Cannot initialize the same private elements twice on an object"); }
function _defineProperty(e, r, t) { return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e; }
function _toPropertyKey(t) { var i = _toPrimitive(t, "string"); return "symbol" == typeof i ? i : i + ""; }
function _toPrimitive(t, r) { if ("object" != typeof t || !t) return t; var e = t[Symbol.toPrimitive]; if (void 0 !== e) { var i = e.call(t, r || "default"); if ("object" != typeof i) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === r ? String : Number)(t); }
function _classPrivateFieldGet(s, a) { return s.get(_assertClassBrand(s, a)); }
function _assertClassBrand(e, t, n) { if ("function" == typeof e ? e === t : e.has(t)) return arguments.length < 3 ? t : n; throw new TypeError("Private element is not present on this object"); }
const PLANS = exports.PLANS = Object.freeze({
  basic: 500,
  pro: 1500,
  team: 4000
});
class BillingError extends Error {
  constructor(status, code) {
    super(code);
    this.status = status;
    this.code = code;
  }
}
exports.BillingError = BillingError;
const gateway = exports.gateway = new _gateway.default();
var _subs = /*#__PURE__*/new WeakMap();
var _Subscriptions_brand = /*#__PURE__*/new WeakSet();
class Subscriptions {
  constructor(gateway, ledger) {
    _classPrivateMethodInitSpec(this, _Subscriptions_brand);
    _classPrivateFieldInitSpec(this, _subs, new Map());
    _defineProperty(this, "failures", 0);
    this.gateway = gateway;
    this.ledger = ledger;
  }
  async subscribe(customer, plan) {
    if (!(plan in PLANS)) throw new BillingError(400, "unknown_plan");
    if (_classPrivateFieldGet(_subs, this).has(customer)) throw new BillingError(409, "already_subscribed");
    const sub = {
      customer,
      plan,
      status: "pending",
      periods: 0,
      charges: []
    };
    _classPrivateFieldGet(_subs, this).set(customer, sub);
    await _assertClassBrand(_Subscriptions_brand, this, _bill).call(this, sub);
    return sub;
  }
  async renew(customer) {
    const sub = this.get(customer);
    if (sub.status === "cancelled") throw new BillingError(409, "cancelled");
    await _assertClassBrand(_Subscriptions_brand, this, _bill).call(this, sub);
    return sub;
  }
  async change(customer, plan) {
    const sub = this.get(customer);
    if (!(plan in PLANS)) throw new BillingError(400, "unknown_plan");
    const diff = PLANS[plan] - PLANS[sub.plan];
    sub.plan = plan;
    if (diff > 0) {
      const charge = await this.gateway.charge(customer, diff);
      _assertClassBrand(_Subscriptions_brand, this, _record).call(this, sub, charge, "upgrade");
    } else if (diff < 0) {
      this.ledger.add(customer, "credit", diff);
    }
    return sub;
  }
  cancel(customer) {
    const sub = this.get(customer);
    sub.status = "cancelled";
    return sub;
  }
  get(customer) {
    const sub = _classPrivateFieldGet(_subs, this).get(customer);
    if (!sub) throw new BillingError(404, "no_subscription");
    return sub;
  }
  summary() {
    const byStatus = {};
    for (const sub of _classPrivateFieldGet(_subs, this).values()) {
      var _byStatus$sub$status;
      byStatus[sub.status] = ((_byStatus$sub$status = byStatus[sub.status]) !== null && _byStatus$sub$status !== void 0 ? _byStatus$sub$status : 0) + 1;
    }
    return {
      byStatus,
      failures: this.failures
    };
  }
}
exports.Subscriptions = Subscriptions;
async function _bill(sub) {
  const charge = await this.gateway.charge(sub.customer, PLANS[sub.plan]);
  _assertClassBrand(_Subscriptions_brand, this, _record).call(this, sub, charge, "period");
  if (charge.ok) sub.periods += 1;
}
function _record(sub, charge, kind) {
  sub.charges.push(charge.ref);
  if (charge.ok) {
    sub.status = "active";
    this.ledger.add(sub.customer, kind, charge.cents);
  } else {
    sub.status = "past_due";
    this.failures += 1;
  }
}
