'use strict';
const { Model } = require('./base');

class Customer extends Model {
  save(by) {
    this.email = String(this.email || '').trim().toLowerCase();
    return super.save(by);
  }
}

class Order extends Model {
  save(by) {
    if (!Customer.find(this.customerId)) {
      const err = new Error('unknown customer');
      err.status = 422;
      throw err;
    }
    this.total = (this.lines || []).reduce((s, l) => s + l.qty * l.price, 0);
    return super.save(by);
  }
}

class RushOrder extends Order {
  save(by) {
    this.total = undefined;
    const saved = super.save(by);
    saved.total += 10;
    saved.countUse('rush');
    return saved;
  }
}

module.exports = { Customer, Order, RushOrder };
