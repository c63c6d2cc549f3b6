'use strict';
const { ProductRepository } = require('./repository');

class InventoryService {
  #repo;
  #log = [];

  constructor(repo) {
    this.#repo = repo;
  }

  add({ sku, name, qty = 0 } = {}) {
    if (!sku) throw new TypeError('sku is required');
    const product = this.#repo.insert({ sku, name: name ?? sku, qty });
    this.#record('add', product.id);
    return product;
  }

  get(id) {
    return this.#repo.find(id);
  }

  adjust(id, delta) {
    const current = this.#repo.find(id);
    if (!current) return null;
    const qty = current.qty + delta;
    if (qty < 0) {
      this.#record('reject', id, delta);
      return { error: 'insufficient stock', available: current.qty };
    }
    const updated = this.#repo.update(id, { qty });
    this.#record('adjust', id, delta);
    return updated;
  }

  #record(kind, id, delta) {
    this.#log.push(delta === undefined ? `${kind}:${id}` : `${kind}:${id}:${delta > 0 ? '+' : ''}${delta}`);
  }

  get history() {
    return this.#log.slice(-4);
  }

  lowStock(threshold = 2) {
    return this.#repo.all().filter(({ qty }) => qty <= threshold).map(({ sku }) => sku);
  }
}

const services = Object.freeze({
  main: new InventoryService(ProductRepository.for('main')),
  outlet: new InventoryService(ProductRepository.for('outlet')),
});

module.exports = { services, InventoryService };
