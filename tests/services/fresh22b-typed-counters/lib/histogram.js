'use strict';
// Latency histogram in a typed array, bumped with Atomics (as code shared with worker threads does)
const BOUNDS = [10, 50, 100, 500];
const buckets = new Uint32Array(BOUNDS.length + 1);
const sums = new Float64Array(1);

function observe(ms) {
  const i = BOUNDS.findIndex((b) => ms <= b);
  Atomics.add(buckets, i === -1 ? BOUNDS.length : i, 1);
  sums[0] += ms;
}

function snapshot() {
  let cumulative = 0;
  const out = {};
  BOUNDS.forEach((b, i) => {
    cumulative += Atomics.load(buckets, i);
    out[`le_${b}`] = cumulative;
  });
  out.le_inf = cumulative + buckets[BOUNDS.length];
  out.sum = sums[0];
  return out;
}

function reset() {
  Atomics.store(buckets, 0, 0);
  buckets.fill(0, 1);
  sums[0] = 0;
}

module.exports = { observe, snapshot, reset };
