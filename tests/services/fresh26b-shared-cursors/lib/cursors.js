'use strict';
// Shared cursors: a generator object every module advances, an iterable whose iterator is
// itself (so every for...of continues where the last one stopped), and a round-robin ring.
function* counter(start) {
  let n = start;
  for (;;) yield n++;
}

const orderNumbers = counter(1000);

const lanes = {
  names: ['north', 'south', 'east'],
  pos: 0,
  [Symbol.iterator]() { return this; },
  next() {
    const value = this.names[this.pos % this.names.length];
    this.pos += 1;
    return { value, done: false };
  },
};

const batches = (function () {
  const queue = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7'];
  let i = 0;
  return {
    [Symbol.iterator]() {
      return { next: () => (i < queue.length ? { value: queue[i++], done: false } : { value: undefined, done: true }) };
    },
    add: (b) => queue.push(b),
    get consumed() { return i; },
  };
})();

module.exports = { orderNumbers, lanes, batches };
