const bus = require('../lib/bus');
const stats = require('../lib/stats');

bus.on('user.created', () => {
  stats.signups++;
});

bus.on('order.placed', ({ user, total }) => {
  stats.ordersByUser[user] = (stats.ordersByUser[user] || 0) + 1;
  stats.revenue += total;
});

bus.on('order.refunded', function onRefund({ user, total }) {
  stats.ordersByUser[user] -= 1;
  stats.revenue -= total;
});
