'use strict';
const bus = require('../lib/bus');

const totals = { items: 0, revenue: 0, checkouts: 0 };

bus.on('added', ({ qty, price }) => {
  totals.items += qty;
  totals.revenue += qty * price;
});
bus.on('removed', ({ qty, price }) => {
  totals.items -= qty;
  totals.revenue -= qty * price;
});
bus.on('checkout', () => {
  totals.checkouts += 1;
});

module.exports = totals;
