'use strict';
const bus = require('../lib/bus');

const firsts = [];

// A plain function listener: `this` is the bus it was added to.
bus.on('added', function remember({ sku }) {
  this.lastSku = sku;
});
bus.prependListener('checkout', ({ user }) => {
  firsts.push(`checkout:${user}`);
});
bus.once('checkout', ({ user, total }) => {
  firsts.push(`first-ever:${user}:${total}`);
});

module.exports = { firsts };
