'use strict';
const ms = require('ms');

module.exports = {
  port: process.env.PORT || 9090,
  concurrency: Number(process.env.CONCURRENCY) || 2,
  maxAttempts: 3,
  backoff: ms('20ms'),
};
