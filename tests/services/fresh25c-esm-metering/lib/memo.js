// A memoize decorator: the cache and the hit counts live on the wrapper.
export function memoize(fn, keyOf = (...args) => args.join('|')) {
  const cache = new Map();
  function memoized(...args) {
    const key = keyOf(...args);
    if (cache.has(key)) {
      memoized.hits++;
      return cache.get(key);
    }
    memoized.misses++;
    const value = fn.apply(this, args);
    cache.set(key, value);
    return value;
  }
  memoized.hits = 0;
  memoized.misses = 0;
  memoized.clear = () => cache.clear();
  memoized.size = () => cache.size;
  return memoized;
}
