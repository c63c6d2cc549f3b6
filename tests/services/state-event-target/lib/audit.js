'use strict';
// Listens on the bus and keeps an audit trail.
const bus = require('./bus');

const trail = [];
bus.addEventListener('order', (event) => {
  trail.push(`${event.type}:${event.detail.id}:${event.detail.total}`);
});
bus.addEventListener('refund', (event) => trail.push(`refund:${event.detail.id}`));

module.exports = { trail };
