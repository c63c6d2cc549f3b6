'use strict';

function createRateLimiter({ capacity = 2, name = 'default' } = {}) {
  const buckets = new Map();
  let refills = 0;
  return {
    name,
    take(key) {
      const left = buckets.has(key) ? buckets.get(key) : capacity;
      if (left === 0) return false;
      buckets.set(key, left - 1);
      return true;
    },
    refill() {
      refills += 1;
      for (const key of buckets.keys()) buckets.set(key, capacity);
      return refills;
    },
    snapshot: () => ({ name, refills, buckets: Object.fromEntries(buckets) }),
  };
}

function memoize(fn, { key = (...args) => args.join('|') } = {}) {
  const cache = new Map();
  let hits = 0;
  let misses = 0;
  function memoized(...args) {
    const k = key(...args);
    if (cache.has(k)) {
      hits++;
      return cache.get(k);
    }
    misses++;
    const value = fn.apply(this, args);
    cache.set(k, value);
    return value;
  }
  memoized.clear = () => cache.clear();
  memoized.stats = () => ({ hits, misses, size: cache.size });
  return memoized;
}

function once(fn) {
  let done = false;
  let result;
  return function (...args) {
    if (!done) {
      done = true;
      result = fn.apply(this, args);
    }
    return result;
  };
}

function createCounter() {
  const counts = {};
  return {
    inc: (label) => (counts[label] = (counts[label] || 0) + 1),
    read: () => ({ ...counts }),
  };
}

module.exports = { createRateLimiter, memoize, once, createCounter };
