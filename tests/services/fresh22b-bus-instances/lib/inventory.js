'use strict';
const bus = require('./bus');

class Inventory {
  #stock = new Map();
  reserved = 0;

  constructor(seed) {
    for (const [sku, qty] of Object.entries(seed)) this.#stock.set(sku, qty);
    bus.on('order:placed', this.onPlaced.bind(this));
    bus.on('order:cancelled', this.onCancelled.bind(this));
  }

  onPlaced(order) {
    const left = (this.#stock.get(order.sku) ?? 0) - order.qty;
    if (left < 0) {
      order.status = 'backordered';
      return;
    }
    this.#stock.set(order.sku, left);
    this.reserved += order.qty;
  }

  onCancelled(order) {
    if (order.status === 'backordered') return;
    this.#stock.set(order.sku, this.#stock.get(order.sku) + order.qty);
    this.reserved -= order.qty;
  }

  get levels() {
    return Object.fromEntries(this.#stock);
  }
}

module.exports = new Inventory({ mug: 5, shirt: 3, cap: 0 });
