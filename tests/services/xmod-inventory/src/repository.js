// A repository instance exported from its module, with an event bus of its own.
const { EventEmitter } = require('events');

class Repository extends EventEmitter {
  #items = new Map();
  #version = 0;

  upsert(sku, fields) {
    const before = this.#items.get(sku);
    const item = { sku, qty: 0, ...before, ...fields };
    this.#items.set(sku, item);
    this.#version += 1;
    this.emit(before ? 'updated' : 'created', item);
    return item;
  }

  adjust(sku, delta) {
    const item = this.#items.get(sku);
    if (!item) throw Object.assign(new Error(`unknown sku ${sku}`), { status: 404 });
    if (item.qty + delta < 0) throw Object.assign(new Error(`not enough ${sku}`), { status: 409 });
    return this.upsert(sku, { qty: item.qty + delta });
  }

  get version() { return this.#version; }
  all() { return [...this.#items.values()].sort((a, b) => a.sku.localeCompare(b.sku)); }
}

module.exports = new Repository();
