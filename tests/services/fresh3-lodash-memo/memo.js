// A hand-written memoize with a hit counter, the way a utils/ folder has one.
module.exports = function memoize(fn, keyOf = (x) => x) {
  const cache = new Map();
  const memo = (...args) => {
    const key = keyOf(...args);
    if (cache.has(key)) {
      memo.hits++;
      return cache.get(key);
    }
    const value = fn(...args);
    cache.set(key, value);
    return value;
  };
  memo.hits = 0;
  memo.clear = () => cache.clear();
  return memo;
};
