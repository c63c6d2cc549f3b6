// Single-flight price lookups: concurrent callers of the same key share one
// in-flight promise (`inflight.get(key) ?? inflight.set(key, p).get(key)`),
// settled values land in a cache, failures are not cached; a batch endpoint
// maps keys to async calls under Promise.allSettled and Promise.all.
const express = require('express');
const { fetchPrice, stats } = require('./lib/catalog');

const cache = new Map();
const inflight = new Map();
let shared = 0;

function load(sku) {
  if (inflight.has(sku)) shared += 1;
  return inflight.get(sku) ?? inflight.set(sku, (async () => {
    try {
      const price = await fetchPrice(sku);
      cache.set(sku, price);
      return price;
    } finally {
      inflight.delete(sku);
    }
  })()).get(sku);
}

async function price(sku) {
  return cache.get(sku) ?? (await load(sku));
}

const app = express();
app.use(express.json());

app.get('/price/:sku', async (req, res) => {
  try {
    const { cents } = await price(req.params.sku);
    res.json({ sku: req.params.sku, cents, cached: cache.has(req.params.sku) });
  } catch (err) {
    res.status(err.cause?.status ?? 500).json({ error: err.message, sku: err.cause?.sku });
  }
});

app.post('/quote', async (req, res) => {
  const skus = req.body.skus ?? [];
  const settled = await Promise.allSettled(skus.map((sku) => price(sku)));
  const lines = settled.map((r, i) => (r.status === 'fulfilled'
    ? { sku: skus[i], cents: r.value.cents }
    : { sku: skus[i], error: r.reason.message }));
  const total = lines.reduce((sum, l) => sum + (l.cents ?? 0), 0);
  res.json({ lines, total, failed: lines.filter((l) => l.error).length });
});

app.post('/warm', async (req, res, next) => {
  try {
    const skus = req.body.skus ?? [];
    const prices = await Promise.all([...skus, ...skus].map(load));
    res.status(201).json({ warmed: prices.length, distinct: new Set(prices.map((p) => p.sku)).size });
  } catch (err) {
    next(err);
  }
});

app.delete('/cache/:sku?', (req, res) => {
  const { sku } = req.params;
  const dropped = sku ? Number(cache.delete(sku)) : cache.size;
  if (!sku) cache.clear();
  res.json({ dropped, left: [...cache.keys()].sort() });
});

app.get('/stats', (req, res) => {
  res.json({ ...stats, shared, cached: cache.size, inflight: inflight.size });
});

app.use((err, req, res, next) => {
  res.status(502).json({ error: err.message, cause: err.cause ?? null });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
