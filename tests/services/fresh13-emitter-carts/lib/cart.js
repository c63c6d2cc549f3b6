'use strict';
const { EventEmitter } = require('node:events');
const bus = require('./bus');

// One cart per user; each forwards its changes to the shop bus.
class Cart extends EventEmitter {
  constructor(user) {
    super();
    this.user = user;
    this.lines = new Map();
    this.on('change', (kind, line) => bus.emit(kind, { user: this.user, ...line }));
  }

  add(sku, qty, price) {
    const line = this.lines.get(sku) ?? { sku, qty: 0, price };
    line.qty += qty;
    this.lines.set(sku, line);
    this.emit('change', 'added', { sku, qty, price });
    return line;
  }

  remove(sku) {
    const line = this.lines.get(sku);
    if (!line) return null;
    this.lines.delete(sku);
    this.emit('change', 'removed', line);
    return line;
  }

  checkout() {
    const total = [...this.lines.values()].reduce((s, l) => s + l.qty * l.price, 0);
    this.lines.clear();
    this.emit('checkout', total);
    bus.emit('checkout', { user: this.user, total });
    return total;
  }
}

module.exports = Cart;
