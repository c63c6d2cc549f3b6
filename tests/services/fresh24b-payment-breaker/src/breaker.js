'use strict';
const CircuitBreaker = require('opossum');
const psp = require('./clients/pspClient');
const outbox = require('./outbox');

const transitions = [];

const breaker = new CircuitBreaker(psp.charge, {
  name: 'psp-charge',
  timeout: 3000,
  errorThresholdPercentage: 50,
  volumeThreshold: 3,
  resetTimeout: 1500,
  rollingCountTimeout: 10 * 60 * 1000,
  rollingCountBuckets: 10,
  // a decline is the customer's problem, not the PSP's
  errorFilter: (err) => err.statusCode === 402,
});

breaker.fallback((payment, err) => {
  const entry = outbox.enqueue(payment, err ? err.message : 'unknown');
  return { queued: true, retryRef: entry.ref };
});

for (const event of ['open', 'halfOpen', 'close']) {
  breaker.on(event, () => transitions.push(event));
}

function snapshot() {
  const { fires, successes, failures, rejects, fallbacks } = breaker.stats;
  return {
    name: breaker.name,
    state: breaker.opened ? 'open' : breaker.halfOpen ? 'half-open' : 'closed',
    stats: { fires, successes, failures, rejects, fallbacks },
    transitions,
  };
}

module.exports = { breaker, snapshot };
