'use strict';
// A queue of messages behind an object literal of getters and setters over module variables.
let items = [];
let limit = 3;
let dropped = 0;

const store = {
  get items() {
    return items;
  },
  get size() {
    return items.length;
  },
  get limit() {
    return limit;
  },
  set limit(value) {
    limit = Math.max(1, Number(value) || 1);
    while (items.length > limit) {
      items.shift();
      dropped++;
    }
  },
  add(text) {
    items.push({ text, at: items.length });
    if (items.length > limit) {
      items.shift();
      dropped++;
    }
    return this.size;
  },
  clear() {
    const n = items.length;
    items = [];
    return n;
  },
};

Object.defineProperty(store, 'dropped', {
  get() {
    return dropped;
  },
  enumerable: true,
});

module.exports = store;
