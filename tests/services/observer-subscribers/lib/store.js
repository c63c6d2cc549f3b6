// A store with its own observer list (no EventEmitter): subscribers are functions
// kept in a private Set and called on every change.
class Store {
  static #instance;
  #items = new Map();
  #listeners = new Set();

  static get instance() {
    return (Store.#instance ??= new Store());
  }

  subscribe(fn) {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  upsert(sku, patch) {
    const prev = this.#items.get(sku) ?? { sku, qty: 0 };
    const next = { ...prev, ...patch };
    this.#items.set(sku, next);
    for (const fn of this.#listeners) fn({ type: prev.qty ? 'update' : 'create', item: next });
    return next;
  }

  *[Symbol.iterator]() {
    yield* this.#items.values();
  }
}

module.exports = { Store };
