const bus = require('../lib/bus');

// Each new user gets one welcome credit, given by the first order they place.
const credits = new Map();

bus.on('user.created', ({ id }) => credits.set(id, 5));

bus.once('order.placed', ({ id }) => {
  bus.emit('milestone', { what: 'first order', id });
});

module.exports = {
  take(userId) {
    const c = credits.get(userId) || 0;
    credits.delete(userId);
    return c;
  },
};
