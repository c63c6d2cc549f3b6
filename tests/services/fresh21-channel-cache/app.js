const express = require('express');
const cache = require('./cache');
const pricing = require('./pricing');

const app = express();
let markup = 0.1;
const misses = { count: 0 };

app.get('/price/:sku', async (req, res) => {
  const { sku } = req.params;
  if (!cache.prices.has(sku)) {
    misses.count++;
    const answer = await pricing.quote(sku, markup);
    if (answer.price === null) return res.status(404).json({ error: 'unknown sku' });
    cache.prices.set(sku, answer.price);
  }
  res.json({ sku, price: cache.prices.get(sku) });
});

app.put('/markup/:pct', (req, res) => {
  markup = Number(req.params.pct) / 100;
  for (const sku of cache.prices.keys()) cache.invalidate(sku);
  res.json({ markup, invalidating: [...cache.prices.keys()] });
});

app.get('/debug', (req, res) => {
  res.json({ cached: Object.fromEntries(cache.prices), invalidations: cache.invalidations, misses: misses.count, served: pricing.served.requests });
});

app.listen(process.env.PORT || 3000);
