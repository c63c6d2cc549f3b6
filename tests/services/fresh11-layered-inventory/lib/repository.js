'use strict';
const { LruCache } = require('./cache');

class ProductRepository {
  static registry = new Map();

  #rows = new Map();
  #seq = 0;

  constructor(name) {
    this.name = name;
    this.cache = new LruCache(`${name}-cache`, 2);
    ProductRepository.registry.set(name, this);
  }

  static for(name) {
    return ProductRepository.registry.get(name) ?? new ProductRepository(name);
  }

  insert(data) {
    const id = ++this.#seq;
    const row = { id, ...data, version: 1 };
    this.#rows.set(id, row);
    return this.cache.write(id, structuredClone(row));
  }

  find(id) {
    return this.cache.read(id) ?? this.#load(id);
  }

  #load(id) {
    const row = this.#rows.get(id);
    return row ? this.cache.write(id, structuredClone(row)) : null;
  }

  update(id, patch) {
    const row = this.#rows.get(id);
    if (!row) return null;
    Object.assign(row, patch);
    row.version++;
    this.cache.drop(id);
    return { ...row };
  }

  all() {
    return [...this.#rows.values()];
  }

  get size() {
    return this.#rows.size;
  }
}

module.exports = { ProductRepository };
