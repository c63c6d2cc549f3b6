'use strict';

const { unknownSku, unknownBin } = require('../lib/errors');

class Catalog {
  #items = null;
  #loading = null;
  loads = 0;

  constructor(db) {
    this.db = db;
  }

  async #load() {
    const items = await this.db.find('items');
    this.loads += 1;
    this.#items = new Map(items.map((i) => [i.sku, i]));
    return this.#items;
  }

  warm() {
    this.#loading ??= this.#load();
    return this.#loading;
  }

  async item(sku) {
    const items = await this.warm();
    const item = items.get(sku);
    if (!item) throw unknownSku(sku);
    return item;
  }

  async bin(id) {
    const bin = await this.db.findOne('bins', { id });
    if (!bin) throw unknownBin(id);
    return bin;
  }

  async all() {
    return [...(await this.warm()).values()];
  }

  invalidate() {
    this.#loading = null;
  }
}

module.exports = { Catalog };
