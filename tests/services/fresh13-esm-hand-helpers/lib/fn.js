// Helpers written by hand instead of pulling in lodash: memoize (its cache and counters hung on the
// returned function), once, and a trailing debounce.
export function memoize(fn, keyOf = (...args) => args.join('|')) {
  const cache = new Map();
  const memo = function (...args) {
    const key = keyOf(...args);
    if (cache.has(key)) {
      memo.hits += 1;
      return cache.get(key);
    }
    memo.misses += 1;
    const value = fn.apply(this, args);
    cache.set(key, value);
    return value;
  };
  memo.hits = 0;
  memo.misses = 0;
  memo.cache = cache;
  memo.clear = () => cache.clear();
  return memo;
}

export function once(fn) {
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

export function debounce(fn, wait) {
  let timer = null;
  let lastArgs = [];
  const debounced = (...args) => {
    lastArgs = args;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      fn(...lastArgs);
    }, wait);
  };
  debounced.pending = () => timer !== null;
  return debounced;
}
