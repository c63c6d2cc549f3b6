'use strict';
// A memoize helper whose cache and statistics hang on the function it returns.
function memoize(fn, { max = 4 } = {}) {
  const memoized = function (...args) {
    const key = JSON.stringify(args);
    if (memoized.cache.has(key)) {
      memoized.hits++;
      return memoized.cache.get(key);
    }
    memoized.misses++;
    const value = fn.apply(this, args);
    memoized.cache.set(key, value);
    if (memoized.cache.size > max) memoized.cache.delete(memoized.cache.keys().next().value);
    return value;
  };
  memoized.cache = new Map();
  memoized.hits = 0;
  memoized.misses = 0;
  memoized.clear = () => {
    memoized.cache.clear();
  };
  return memoized;
}

module.exports = memoize;
