'use strict';
const bus = require('../lib/bus');

const counters = { placed: 0, cancelled: 0, shipped: 0, revenue: 0 };

const handlers = {
  'order:placed'({ total }) {
    counters.placed += 1;
    counters.revenue += total;
  },
  'order:cancelled'({ total }) {
    counters.cancelled += 1;
    counters.revenue -= total;
  },
  'order:shipped'() {
    counters.shipped += 1;
  },
};

Object.entries(handlers).forEach(([event, handler]) => bus.on(event, handler));

module.exports = { snapshot: () => ({ ...counters }) };
