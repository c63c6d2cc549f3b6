'use strict';
// A feed that is its own iterator: `next()` moves its cursor, `return()` counts the readers that stopped early.
const entries = ['boot', 'login', 'upload', 'share', 'logout', 'login', 'upload'];

const feed = {
  position: 0,
  stoppedEarly: 0,
  [Symbol.iterator]() {
    return this;
  },
  next() {
    if (this.position >= entries.length) return { done: true, value: undefined };
    return { done: false, value: entries[this.position++] };
  },
  return() {
    this.stoppedEarly++;
    return { done: true, value: undefined };
  },
};

module.exports = feed;
