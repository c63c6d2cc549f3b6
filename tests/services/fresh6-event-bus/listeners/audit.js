const bus = require('../lib/bus');
const stats = require('../lib/stats');

for (const event of ['user.created', 'order.placed', 'order.refunded']) {
  bus.on(event, (payload) => {
    stats.audit.push(`${event}:${payload.id}`);
  });
}
