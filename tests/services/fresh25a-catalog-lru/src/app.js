// A product catalog, cache-aside: an lru-cache (max 3) in front of node-redis 4 hashes,
// a PATCH writes Redis and drops the cached entry, a purge route drops one by hand, and
// hit/miss/eviction counts kept in process.
const express = require('express');
const products = require('./services/products');

const app = express();
app.use(express.json());
app.use('/products', require('./routes/products'));

app.post('/cache/purge/:id', (req, res) => {
  products.invalidate(req.params.id);
  res.status(204).end();
});

app.get('/cache/stats', (req, res) => {
  res.json({ ...products.stats, size: products.cache.size, keys: [...products.cache.keys()] });
});

app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: 'internal' });
});

module.exports = app;
