'use strict';

// raw usage counters; everything derived lives in getters elsewhere
const usage = new Map(); // tenant -> { calls, bytes }
let total = 0;

function record(tenant, bytes) {
  const entry = usage.get(tenant) ?? { calls: 0, bytes: 0 };
  entry.calls += 1;
  entry.bytes += bytes;
  usage.set(tenant, entry);
  total += 1;
}

function reset(tenant) {
  const had = usage.get(tenant)?.calls ?? 0;
  usage.delete(tenant);
  total -= had;
  return had;
}

module.exports = {
  record,
  reset,
  of: (tenant) => usage.get(tenant) ?? { calls: 0, bytes: 0 },
  get total() {
    return total;
  },
  get tenants() {
    return [...usage.keys()].sort();
  },
};
