const fs = require('fs/promises');
const config = require('./config');

class Store {
  static #instance = null;
  #items = new Map();
  #loaded = false;
  version = 0;

  static getInstance() {
    if (!Store.#instance) Store.#instance = new Store();
    return Store.#instance;
  }

  async load() {
    const seed = JSON.parse(await fs.readFile(config.seedFile, 'utf8'));
    for (const item of seed.items) this.#items.set(item.sku, { ...item });
    this.version = seed.version;
    this.#loaded = true;
  }

  get loaded() { return this.#loaded; }

  list() { return [...this.#items.values()]; }

  adjust(sku, delta) {
    const item = this.#items.get(sku) ?? { sku, qty: 0 };
    item.qty += delta;
    if (item.qty < 0) throw Object.assign(new Error(`not enough ${sku}`), { status: 409 });
    this.#items.set(sku, item);
    this.version++;
    return item;
  }

  lowStock() { return this.list().filter((i) => i.qty <= config.lowStock).map((i) => i.sku); }
}

module.exports = Store;
