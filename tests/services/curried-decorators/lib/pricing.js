const { memoize, withRetry, once, withLog } = require('./decorators');

const log = [];
const logged = withLog(log);
let computed = 0;
let flaky = 0;

// A slow computation behind a memo table that is module state.
const quote = memoize((sku, qty) => {
  computed += 1;
  const base = { pen: 3, pad: 5, ink: 11 }[sku] ?? 1;
  return base * qty - (qty >= 10 ? qty : 0);
}, { key: (sku, qty) => `${sku}x${qty}` });

// A supplier call that fails on every third call, retried.
const errors = [];
const supplier = withRetry((sku) => {
  flaky += 1;
  if (flaky % 3 === 0 || sku === 'none') throw new Error(`supplier busy (${flaky})`);
  return `${sku}-stock-${flaky}`;
}, { attempts: 2, onRetry: (err, i) => errors.push(`${i}:${err.message}`) });

const config = once(() => ({ currency: 'EUR', loadedAt: computed }));

const total = logged('total')((...prices) => prices.reduce((a, b) => a + b, 0));

module.exports = { quote, supplier, config, total, log, errors, stats: () => ({ computed, flaky }) };
