'use strict';

const fs = require('node:fs/promises');

// A document database opened asynchronously: collections of plain objects, async access.
class Database {
  #collections = new Map();
  #ids = new Map();
  opened = null;
  operations = 0;

  static async open(file, clock) {
    const db = new Database();
    const seed = JSON.parse(await fs.readFile(file, 'utf8'));
    await db.#load(seed);
    db.opened = clock.stamp();
    return db;
  }

  async #load(seed) {
    this.#collection('bins').push(...seed.bins.map((id) => ({ id })));
    for (const item of seed.items) {
      const { stock, ...rest } = item;
      this.#collection('items').push({ ...rest });
      for (const [bin, qty] of Object.entries(stock)) this.#collection('stock').push({ sku: item.sku, bin, qty });
    }
  }

  #collection(name) {
    if (!this.#collections.has(name)) this.#collections.set(name, []);
    return this.#collections.get(name);
  }

  async find(name, filter = {}) {
    this.operations += 1;
    await Promise.resolve();
    return this.#collection(name).filter((doc) => Object.entries(filter).every(([k, v]) => doc[k] === v));
  }

  async findOne(name, filter) {
    return (await this.find(name, filter))[0] ?? null;
  }

  async insert(name, doc) {
    this.operations += 1;
    await Promise.resolve();
    const n = (this.#ids.get(name) ?? 0) + 1;
    this.#ids.set(name, n);
    const row = { id: `${name.slice(0, 3)}-${n}`, ...doc };
    this.#collection(name).push(row);
    return row;
  }
}

module.exports = { Database };
