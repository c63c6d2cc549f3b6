const bus = require('../events/bus');

const transitions = {};
for (const name of ['created', 'paid', 'cancelled', 'shipped', 'delivered', 'refunded']) {
  bus.on(`order:${name}`, () => {
    transitions[name] = (transitions[name] ?? 0) + 1;
  });
}
module.exports = { transitions };
