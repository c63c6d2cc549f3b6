// A catalog kept by a class with private fields and a static registry, exported as one
// instance; it warms up at the top level with timers before the service listens.
import { setTimeout as sleep } from 'node:timers/promises';

export class Catalog {
  static #made = 0;
  #items = new Map();
  #version = 0;

  constructor(name) {
    this.name = name;
    Catalog.#made += 1;
  }

  static get made() {
    return Catalog.#made;
  }

  async warm(entries) {
    for (const [sku, price] of entries) {
      await sleep(2);
      this.#items.set(sku, { sku, price, stock: 0 });
      this.#version++;
    }
    return this.#items.size;
  }

  restock(sku, n) {
    const item = this.#items.get(sku);
    if (!item) throw Object.assign(new Error(`unknown sku ${sku}`), { status: 404 });
    item.stock += n;
    this.#version++;
    return item;
  }

  get version() {
    return this.#version;
  }

  list() {
    return [...this.#items.values()].sort((a, b) => a.sku.localeCompare(b.sku));
  }
}

export const catalog = new Catalog('main');
export const warmed = await catalog.warm([['b-200', 20], ['a-100', 10], ['c-300', 30]]);
