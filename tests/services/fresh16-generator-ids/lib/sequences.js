'use strict';

function* counter(start = 0, step = 1) {
  let n = start;
  while (true) {
    const reset = yield (n += step);
    if (reset !== undefined) n = reset;
  }
}

function* cycle(items) {
  let i = 0;
  while (true) {
    yield items[i % items.length];
    i++;
  }
}

async function* ticketBatches(size) {
  let batch = 0;
  while (true) {
    batch++;
    const out = [];
    for (let k = 1; k <= size; k++) out.push(`B${batch}-${k}`);
    await null;
    yield out;
  }
}

module.exports = { counter, cycle, ticketBatches };
