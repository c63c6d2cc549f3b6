'use strict';
// A validating proxy: its set trap refuses values of the wrong type by returning false, which
// makes the assignment throw a TypeError in strict code.
const rejected = [];

function typed(shape) {
  const data = {};
  return new Proxy(data, {
    set(obj, key, value) {
      const want = shape[key];
      if (!want || typeof value !== want) {
        rejected.push(`${String(key)}:${typeof value}`);
        return false;
      }
      obj[key] = value;
      return true;
    },
  });
}

module.exports = { typed, rejected };
