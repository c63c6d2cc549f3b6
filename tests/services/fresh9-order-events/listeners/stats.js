const bus = require('../lib/bus');

const stats = { placed: 0, cancelled: 0, revenue: 0, byCustomer: {} };

bus.on('order:placed', (order) => {
  stats.placed += 1;
  stats.revenue += order.total;
  stats.byCustomer[order.customer] = (stats.byCustomer[order.customer] || 0) + 1;
});

bus.on('order:cancelled', function onCancel(order) {
  stats.cancelled++;
  stats.revenue -= order.total;
});

module.exports = () => ({ ...stats, byCustomer: { ...stats.byCustomer } });
