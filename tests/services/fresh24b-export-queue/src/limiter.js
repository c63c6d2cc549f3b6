'use strict';
const Bottleneck = require('bottleneck');

// the warehouse API allows a handful of export calls per billing period
const exportLimiter = new Bottleneck({
  id: 'warehouse-exports',
  maxConcurrent: 1,
  reservoir: 3,
});

const tenantLimiters = new Bottleneck.Group({ maxConcurrent: 1, reservoir: 2 });

const lifecycle = [];
exportLimiter.on('depleted', () => lifecycle.push('depleted'));
exportLimiter.on('done', (info) => lifecycle.push(`done:${info.options.id}`));
exportLimiter.on('failed', (error, info) => {
  lifecycle.push(`failed:${info.options.id}`);
});

tenantLimiters.on('created', (limiter, key) => lifecycle.push(`tenant-limiter:${key}`));

module.exports = { exportLimiter, tenantLimiters, lifecycle };
