'use strict';
// Feeds names to whatever sink it is handed; it knows nothing of the store.
let batches = 0;

function importAll(names, sink) {
  batches += 1;
  let count = 0;
  for (const name of names) {
    if (typeof name === 'string' && name.trim()) {
      sink(name.trim());
      count += 1;
    }
  }
  return count;
}

function counted(fn, counter) {
  return (...args) => {
    counter.calls += 1;
    return fn(...args);
  };
}

module.exports = { importAll, counted, batchCount: () => batches };
