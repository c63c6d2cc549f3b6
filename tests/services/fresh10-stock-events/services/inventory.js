const { EventEmitter } = require('events');

class Inventory extends EventEmitter {
  constructor(threshold) {
    super();
    this.threshold = threshold;
    this.items = new Map();
  }

  receive(sku, qty) {
    const before = this.items.get(sku) ?? 0;
    this.items.set(sku, before + qty);
    this.emit('received', { sku, qty, total: before + qty });
    return before + qty;
  }

  ship(sku, qty) {
    const have = this.items.get(sku) ?? 0;
    if (qty > have) {
      this.emit('shortage', { sku, wanted: qty, have });
      return false;
    }
    this.items.set(sku, have - qty);
    this.emit('shipped', { sku, qty, left: have - qty });
    if (have - qty < this.threshold) this.emit('low', sku, have - qty);
    return true;
  }
}

module.exports = new Inventory(3);
