'use strict';

class Inventory {
  constructor() { this.items = new Map(); }
  add(sku, qty) {
    if (!Number.isInteger(qty) || qty <= 0) throw new RangeError('qty must be a positive integer');
    this.items.set(sku, (this.items.get(sku) || 0) + qty);
    return this.items.get(sku);
  }
  take(sku, qty) {
    const have = this.items.get(sku) || 0;
    if (qty > have) throw new RangeError(`only ${have} ${sku} left`);
    this.items.set(sku, have - qty);
    return have - qty;
  }
  count(sku) { return this.items.get(sku) || 0; }
  toJSON() { return Object.fromEntries(this.items); }
}

module.exports = Inventory;
