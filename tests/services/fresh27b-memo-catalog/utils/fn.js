'use strict';
// Small function helpers, the kind every codebase grows in utils/.

function memoize(fn, { key = (...args) => JSON.stringify(args), max = Infinity } = {}) {
  const cache = new Map();
  const stats = { hits: 0, misses: 0, evictions: 0 };
  function memoized(...args) {
    const k = key(...args);
    if (cache.has(k)) {
      stats.hits++;
      const v = cache.get(k);
      cache.delete(k);
      cache.set(k, v);
      return v;
    }
    stats.misses++;
    const value = fn.apply(this, args);
    cache.set(k, value);
    if (cache.size > max) {
      cache.delete(cache.keys().next().value);
      stats.evictions++;
    }
    return value;
  }
  memoized.stats = () => ({ ...stats, size: cache.size });
  memoized.clear = () => { cache.clear(); };
  memoized.forget = (...args) => cache.delete(key(...args));
  return memoized;
}

function once(fn) {
  let called = false;
  let result;
  return function (...args) {
    if (!called) {
      called = true;
      result = fn.apply(this, args);
    }
    return result;
  };
}

// Collects calls and hands them over in one batch when flushed (a debounce without timers).
function batcher(fn) {
  let pending = [];
  const push = (item) => { pending.push(item); return pending.length; };
  push.flush = () => { const items = pending; pending = []; return fn(items); };
  push.size = () => pending.length;
  return push;
}

module.exports = { memoize, once, batcher };
