'use strict';
// Per-tenant API secrets kept out of the tenant objects, in a WeakMap keyed by them.
const secrets = new WeakMap();

class Tenant {
  #plan = 'free';
  constructor(name) {
    this.name = name;
    this.planChanges = 0;
    secrets.set(this, { key: `sk_${name}_0`, rotations: 0 });
  }
  get plan() {
    return this.#plan;
  }
  set plan(value) {
    if (!['free', 'pro', 'team'].includes(value)) throw new RangeError(`unknown plan ${value}`);
    this.#plan = value;
    this.planChanges++;
  }
  rotate() {
    const s = secrets.get(this);
    s.rotations += 1;
    s.key = `sk_${this.name}_${s.rotations}`;
    return s.key;
  }
  hint() {
    const { key, rotations } = secrets.get(this);
    return { last4: key.slice(-4), rotations };
  }
  toJSON() {
    return { name: this.name, plan: this.plan, planChanges: this.planChanges };
  }
}

module.exports = { Tenant };
