// Caches an async function's results by its first argument; counts hits and misses.
function memoize(fn) {
  const cache = new Map();
  const stats = { hits: 0, misses: 0 };
  async function memoized(key) {
    if (cache.has(key)) {
      stats.hits++;
      return cache.get(key);
    }
    stats.misses++;
    const value = await fn(key);
    cache.set(key, value);
    return value;
  }
  memoized.stats = stats;
  memoized.clear = () => cache.clear();
  return memoized;
}

module.exports = memoize;
