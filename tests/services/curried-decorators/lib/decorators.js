// Decorators as people write them: each wraps a function and keeps its own state in a closure.

// memoize(fn, { key }): the memo table is a Map in the closure; `.cache` exposes it, `.clear()` empties it.
function memoize(fn, { key = (...args) => JSON.stringify(args) } = {}) {
  const cache = new Map();
  const memo = function (...args) {
    const k = key(...args);
    if (cache.has(k)) {
      memo.hits += 1;
      return cache.get(k);
    }
    const value = fn.apply(this, args);
    cache.set(k, value);
    return value;
  };
  memo.hits = 0;
  memo.cache = cache;
  memo.clear = () => {
    const n = cache.size;
    cache.clear();
    memo.hits = 0;
    return n;
  };
  return memo;
}

// withRetry(fn, { attempts }): calls fn again when it throws, counting retries in the closure.
function withRetry(fn, { attempts = 3, onRetry = () => {} } = {}) {
  let retries = 0;
  const wrapped = (...args) => {
    for (let i = 1; ; i += 1) {
      try {
        return fn(...args);
      } catch (err) {
        if (i >= attempts) throw err;
        retries += 1;
        onRetry(err, i);
      }
    }
  };
  wrapped.retries = () => retries;
  return wrapped;
}

// once(fn): the first call's result, forever.
const once = (fn) => {
  let done = false;
  let result;
  return (...args) => {
    if (!done) {
      done = true;
      result = fn(...args);
    }
    return result;
  };
};

// withLog(label)(fn): a curried decorator writing to a log it was given.
const withLog = (log) => (label) => (fn) => (...args) => {
  const out = fn(...args);
  log.push(`${label}(${args.join(',')})=${JSON.stringify(out)}`);
  return out;
};

module.exports = { memoize, withRetry, once, withLog };
