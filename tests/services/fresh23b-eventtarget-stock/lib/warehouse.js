// A warehouse that is an EventTarget dispatching its own Event subclasses: a cancelable
// `reserve` event a policy listener can veto with `preventDefault()`, `stopImmediatePropagation()`
// for frozen SKUs, listener objects with `handleEvent`, and listeners removed by an AbortSignal.
'use strict';

class StockEvent extends Event {
  constructor(type, { sku, qty, by }) {
    super(type, { cancelable: type === 'reserve' });
    this.sku = sku;
    this.qty = qty;
    this.by = by;
    this.notes = [];
  }
}

class Warehouse extends EventTarget {
  #levels = new Map();
  #reserved = new Map();

  constructor(levels) {
    super();
    for (const [sku, qty] of Object.entries(levels)) this.#levels.set(sku, qty);
  }

  level(sku) {
    return this.#levels.get(sku) ?? 0;
  }

  reserve(sku, qty, by) {
    const event = new StockEvent('reserve', { sku, qty, by });
    const allowed = this.dispatchEvent(event);
    if (!allowed) return { ok: false, notes: event.notes };
    this.#levels.set(sku, this.level(sku) - qty);
    this.#reserved.set(by, (this.#reserved.get(by) ?? 0) + qty);
    this.dispatchEvent(new StockEvent('reserved', { sku, qty, by }));
    return { ok: true, left: this.level(sku), notes: event.notes };
  }

  restock(sku, qty) {
    this.#levels.set(sku, this.level(sku) + qty);
    this.dispatchEvent(new StockEvent('restocked', { sku, qty, by: 'supplier' }));
    return this.level(sku);
  }

  snapshot() {
    return { levels: Object.fromEntries(this.#levels), reserved: Object.fromEntries(this.#reserved) };
  }
}

module.exports = { Warehouse, StockEvent, warehouse: new Warehouse({ bolt: 10, nut: 4, gear: 2 }) };
