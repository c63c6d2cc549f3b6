'use strict';
// Counters whose helpers default to this module's Map.
const counters = new Map();

function bump(key, store = counters) {
  store.set(key, (store.get(key) || 0) + 1);
  return store.get(key);
}

function tagAll() {
  const seen = [];
  Array.prototype.forEach.call(arguments, (tag) => {
    seen.push(tag);
    bump(`tag:${tag}`);
  });
  return seen;
}

module.exports = { bump, tagAll, counters };
