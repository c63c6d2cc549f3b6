// Quotes behind a per-API-key token bucket (refilled by request count, not by
// the clock) and an LRU cache class with private counters read through getters.
const express = require('express');
const Cache = require('./lib/cache');
const { TokenBucketLimiter } = require('./lib/limiter');

const app = express();
app.use(express.json());

const cache = new Cache({ maxEntries: 3 });
const limiter = new TokenBucketLimiter({ capacity: 3, refillEvery: 4 });
let computed = 0;

function quoteFor(symbol) {
  computed++;
  const base = [...symbol].reduce((sum, ch) => sum + ch.charCodeAt(0), 0);
  return { symbol, price: Number((base / 3.7).toFixed(2)), version: computed };
}

app.get('/admin/stats', (req, res) => {
  const buckets = Object.fromEntries([...limiter.buckets].map(([key, b]) => [key, { ...b }]));
  res.json({ cache: cache.stats, computed, ticks: limiter.ticks, buckets });
});

app.post('/admin/keys/:key/top-up', (req, res) => {
  res.json({ key: req.params.key, tokens: limiter.topUp(req.params.key, Number(req.body?.tokens ?? 1)) });
});

app.delete('/admin/cache', (req, res) => res.json({ cleared: cache.clear(), stats: cache.stats }));

app.use('/api', limiter.middleware());

app.get('/api/quotes/:symbol', (req, res) => {
  const symbol = req.params.symbol.toUpperCase();
  let quote = cache.get(symbol);
  res.set('X-Cache', quote ? 'HIT' : 'MISS');
  if (!quote) {
    quote = quoteFor(symbol);
    cache.set(symbol, quote);
  }
  res.json(quote);
});

app.get('/api/hit-rate', (req, res) => res.json({ hitRate: cache.hitRate, size: cache.size }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
