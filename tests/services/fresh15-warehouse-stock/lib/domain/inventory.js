'use strict';

const _ = require('lodash');
const bus = require('../infra/bus');
const settings = require('../settings');
const { NotFound, OutOfStock, AppError } = require('../infra/errors');

class Inventory {
  constructor() {
    this.products = new Map();
    this.movements = [];
  }

  add(product) {
    if (this.products.has(product.sku)) throw new AppError(`${product.sku} exists`, 409);
    const item = { ...product, reserved: 0 };
    this.products.set(item.sku, item);
    this.record(item.sku, product.stock, 'initial');
    return item;
  }

  get(sku) {
    const item = this.products.get(sku.toUpperCase());
    if (!item) throw new NotFound(`product ${sku}`);
    return item;
  }

  available(item) {
    return item.stock - item.reserved;
  }

  adjust(sku, { delta, reason }) {
    const item = this.get(sku);
    if (item.stock + delta < item.reserved) throw new OutOfStock(item.sku, this.available(item));
    item.stock += delta;
    this.record(item.sku, delta, reason);
    return item;
  }

  reserve(sku, qty) {
    const item = this.get(sku);
    if (this.available(item) < qty) throw new OutOfStock(item.sku, this.available(item));
    item.reserved += qty;
    this.changed(item);
    return item;
  }

  release(sku, qty, { shipped = false } = {}) {
    const item = this.get(sku);
    item.reserved -= qty;
    if (shipped) {
      item.stock -= qty;
      this.record(item.sku, -qty, 'shipment');
    } else {
      this.changed(item);
    }
    return item;
  }

  record(sku, delta, reason) {
    this.movements.push({ seq: this.movements.length + 1, sku, delta, reason });
    this.changed(this.products.get(sku));
  }

  changed(item) {
    bus.emit('stock.changed', item.sku);
    if (this.available(item) <= settings.lowStockThreshold) {
      bus.emit('stock.low', { sku: item.sku, available: this.available(item) });
    }
  }

  list({ category, sort = 'sku' } = {}) {
    const items = [...this.products.values()].filter((p) => !category || p.category === category);
    return _.sortBy(items, [sort, 'sku']).map((p) => ({ ..._.pick(p, ['sku', 'name', 'category', 'price', 'stock', 'reserved']), available: this.available(p) }));
  }
}

module.exports = new Inventory();
