'use strict';
const CircuitBreaker = require('opossum');
const psp = require('./clients/pspClient');
const outbox = require('./outbox');

const transitions = [];
const breakers = new Map();

function breakerFor(region) {
  let breaker = breakers.get(region);
  if (breaker) return breaker;
  breaker = new CircuitBreaker(psp.charge, {
    name: `psp-${region}`,
    timeout: 3000,
    errorThresholdPercentage: 50,
    volumeThreshold: 3,
    resetTimeout: 1500,
    rollingCountTimeout: 10 * 60 * 1000,
    rollingCountBuckets: 10,
    errorFilter: (err) => err.statusCode === 402,
  });
  breaker.fallback((payment, err) => {
    const entry = outbox.enqueue(payment, err ? err.message : 'unknown');
    return { queued: true, retryRef: entry.ref };
  });
  for (const event of ['open', 'halfOpen', 'close']) {
    breaker.on(event, () => transitions.push(`${region}:${event}`));
  }
  breakers.set(region, breaker);
  return breaker;
}

// one breaker per acquirer region, made on its first payment
function snapshot() {
  const regions = {};
  for (const [region, breaker] of breakers) {
    const { fires, successes, failures, rejects, fallbacks } = breaker.stats;
    regions[region] = {
      name: breaker.name,
      state: breaker.opened ? 'open' : breaker.halfOpen ? 'half-open' : 'closed',
      stats: { fires, successes, failures, rejects, fallbacks },
    };
  }
  return { regions, transitions };
}

module.exports = { breakerFor, snapshot };
