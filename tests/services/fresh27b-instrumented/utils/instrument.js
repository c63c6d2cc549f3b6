'use strict';

// Wraps the named methods of a class in place, counting calls and failures per method.
function instrument(Class, names, stats = {}) {
  for (const name of names) {
    const original = Class.prototype[name];
    stats[name] = { calls: 0, errors: 0 };
    Class.prototype[name] = function instrumented(...args) {
      stats[name].calls++;
      try {
        return original.apply(this, args);
      } catch (err) {
        stats[name].errors++;
        throw err;
      }
    };
  }
  return stats;
}

// A Proxy that counts every method called on the target.
function traced(target, counts = new Map()) {
  const proxy = new Proxy(target, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver);
      if (typeof value !== 'function') return value;
      return function (...args) {
        counts.set(key, (counts.get(key) || 0) + 1);
        return value.apply(this === proxy ? obj : this, args);
      };
    },
  });
  return { proxy, counts };
}

function debounce(fn, wait) {
  let timer = null;
  let lastArgs = null;
  const debounced = (...args) => {
    lastArgs = args;
    clearTimeout(timer);
    timer = setTimeout(() => { timer = null; fn(...lastArgs); }, wait);
  };
  debounced.pending = () => timer !== null;
  return debounced;
}

module.exports = { instrument, traced, debounce };
