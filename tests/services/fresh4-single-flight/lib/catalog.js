const { setTimeout: sleep } = require('node:timers/promises');

// A slow "upstream": every lookup takes a few milliseconds and is counted, so
// the callers can see how many loads their requests really caused.
const PRICES = { apple: 120, pear: 95, plum: 210, fig: 340 };
const stats = { loads: 0, misses: 0 };

async function fetchPrice(sku) {
  stats.loads += 1;
  await sleep(5);
  if (!(sku in PRICES)) {
    stats.misses += 1;
    throw new Error(`unknown sku ${sku}`, { cause: { sku, status: 404 } });
  }
  return { sku, cents: PRICES[sku] };
}

module.exports = { fetchPrice, stats };
