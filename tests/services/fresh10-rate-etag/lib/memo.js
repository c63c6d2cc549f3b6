function memoize(fn, { keyOf = (...args) => JSON.stringify(args) } = {}) {
  const cache = new Map();
  const memo = (...args) => {
    const key = keyOf(...args);
    if (cache.has(key)) {
      memo.hits++;
      return cache.get(key);
    }
    memo.misses++;
    const value = fn(...args);
    cache.set(key, value);
    return value;
  };
  memo.hits = 0;
  memo.misses = 0;
  memo.clear = () => cache.clear();
  return memo;
}

module.exports = memoize;
