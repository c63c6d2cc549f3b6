'use strict';
// Counters exposed through accessors on module.exports, written through a setter.
let reads = 0;
let writes = 0;

Object.defineProperties(module.exports, {
  reads: { get: () => reads, enumerable: true },
  writes: {
    get() {
      return writes;
    },
    set(v) {
      writes = v;
    },
    enumerable: true,
  },
});

module.exports.read = () => ++reads;
