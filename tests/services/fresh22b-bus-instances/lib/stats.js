'use strict';
const bus = require('./bus');

class Stats {
  counts = {};
  revenue = 0;

  // an arrow field: safe to hand over unbound
  handle = (event, order) => {
    this.counts[event] = (this.counts[event] ?? 0) + 1;
    if (event === 'order:placed' && order.status !== 'backordered') this.revenue += order.qty * order.price;
    if (event === 'order:cancelled' && order.status !== 'backordered') this.revenue -= order.qty * order.price;
  };
}

const stats = new Stats();
for (const event of ['order:placed', 'order:cancelled', 'order:shipped']) {
  bus.on(event, (order) => stats.handle(event, order));
}

module.exports = stats;
