'use strict';
// An inventory store exported as a singleton. Its add/remove are bound in the constructor so the
// routes can destructure them; addOne is not bound and relies on the thisArg it is called with.
class InventoryStore {
  #items = new Map();
  #seq = 0;
  history = [];

  constructor() {
    this.add = this.add.bind(this);
    this.remove = this.remove.bind(this);
  }

  add(name, qty = 1) {
    const existing = this.findByName(name);
    if (existing) {
      existing.qty += qty;
      this.history.push(`inc:${name}`);
      return existing;
    }
    const item = { id: ++this.#seq, name, qty };
    this.#items.set(item.id, item);
    this.history.push(`add:${name}`);
    return item;
  }

  addOne(name) {
    return this.add(name, 1);
  }

  remove(id) {
    const item = this.#items.get(id);
    if (!item) return false;
    this.#items.delete(id);
    this.history.push(`rm:${item.name}`);
    return true;
  }

  rename(id, name) {
    const item = this.#items.get(id);
    if (item) {
      this.history.push(`mv:${item.name}>${name}`);
      item.name = name;
    }
    return item;
  }

  adjust(delta, id) {
    const item = this.#items.get(id);
    if (!item) return null;
    item.qty = Math.max(0, item.qty + delta);
    return item;
  }

  findByName(name) {
    for (const item of this.#items.values()) if (item.name === name) return item;
    return undefined;
  }

  list() {
    return [...this.#items.values()];
  }

  get size() {
    return this.#items.size;
  }
}

module.exports = new InventoryStore();
