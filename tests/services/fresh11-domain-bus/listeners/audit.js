'use strict';
const bus = require('../events/bus');

const trail = [];

// runs before everyone else, whatever order the others were added in
bus.prependListener('order.placed', (e) => {
  trail.push(`#${e.seq} order ${e.orderId}`);
  bus.trace('audit');
});
bus.on('user.registered', ({ seq, email }) => trail.push(`#${seq} user ${email}`));

module.exports = { trail };
