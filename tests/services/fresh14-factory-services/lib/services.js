'use strict';
const { createRateLimiter, memoize, once, createCounter } = require('./factories');
const catalog = require('./catalog');

const services = {
  limiters: {},
  price: memoize(catalog.computePrice),
  init: once(() => ({ seeded: catalog.seed() })),
  createCounter,
};

services.limiterFor = (name, capacity) => (services.limiters[name] ??= createRateLimiter({ name, capacity }));

module.exports = services;
