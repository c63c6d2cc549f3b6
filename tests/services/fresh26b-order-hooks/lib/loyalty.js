// Points kept in a closure; the listener on process is registered at startup.
'use strict';
const { onOrderPlaced } = require('./hooks');

const ledger = (() => {
  const points = new Map();
  let awarded = 0;
  return {
    add(user, n) {
      points.set(user, (points.get(user) || 0) + n);
      awarded += n;
    },
    of: (user) => points.get(user) || 0,
    get awarded() { return awarded; },
  };
})();

onOrderPlaced((order) => {
  ledger.add(order.user, order.qty * 10);
});

process.on('loyalty:refund', (order) => {
  ledger.add(order.user, -order.qty * 10);
});

module.exports = ledger;
