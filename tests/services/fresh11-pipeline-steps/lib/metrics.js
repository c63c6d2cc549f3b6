'use strict';

const perStep = {};
let failures = 0;

exports.timed = (name, fn) =>
  async function timedStep(ctx) {
    perStep[name] = (perStep[name] ?? 0) + 1;
    try {
      return await fn(ctx);
    } catch (err) {
      failures++;
      throw err;
    }
  };

Object.defineProperty(exports, 'snapshot', {
  enumerable: true,
  get() {
    return { perStep: { ...perStep }, failures };
  },
});
