'use strict';
// Like Map.groupBy (Node 21+), but adding to the Map given.
const groupInto = (items, keyOf, into = new Map()) =>
  items.reduce((map, item, i) => {
    const key = keyOf(item, i);
    if (!map.has(key)) map.set(key, []);
    map.get(key).push(item);
    return map;
  }, into);

// Object.groupBy's fallback, written with a forEach into an outer object
function groupObject(items, keyOf) {
  const out = {};
  items.forEach((item) => (out[keyOf(item)] ??= []).push(item));
  return out;
}

// Hands every item to `fn`; the caller's callback writes what it needs
const each = (items, fn) => {
  items.forEach(fn);
  return items.length;
};

module.exports = { groupInto, groupObject, each };
