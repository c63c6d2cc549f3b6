'use strict';

const tick = require('../utils/tick');

class ProductRepository {
  constructor(seed = []) {
    this.items = new Map(seed.map((p) => [p.sku, { ...p }]));
    this.locks = 0;
  }

  find(sku) {
    return this.items.get(sku);
  }

  // runs the callback on the stored product "inside a transaction"
  async withProduct(sku, fn) {
    await tick();
    const product = this.items.get(sku);
    if (!product) return undefined;
    this.locks++;
    return fn(product);
  }

  list() {
    return [...this.items.values()];
  }
}

module.exports = ProductRepository;
