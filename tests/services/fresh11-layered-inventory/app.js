// Inventory in layers: a service class (private log, private methods) over a repository (static
// registry Map, #rows, structuredClone into the cache) over an LRU cache class (static private
// registry of instances, #map, counters, eviction); two stores picked by a route parameter.
'use strict';
const express = require('express');
const { services } = require('./lib/service');
const { ProductRepository } = require('./lib/repository');
const { LruCache } = require('./lib/cache');

const app = express();
app.use(express.json());

app.param('store', (req, res, next, store) => {
  const svc = services[store];
  if (!svc) return res.status(404).json({ error: `unknown store ${store}` });
  req.inventory = svc;
  next();
});

app.post('/:store/products', (req, res) => {
  try {
    res.status(201).json(req.inventory.add(req.body));
  } catch (err) {
    res.status(400).json({ error: err.message, kind: err.constructor.name });
  }
});

app.get('/:store/products/:id', (req, res) => {
  const product = req.inventory.get(Number(req.params.id));
  product ? res.json(product) : res.sendStatus(404);
});

app.post('/:store/products/:id/adjust', (req, res) => {
  const result = req.inventory.adjust(Number(req.params.id), Number(req.body?.delta ?? 0));
  if (result === null) return res.sendStatus(404);
  res.status(result.error ? 409 : 200).json(result);
});

app.get('/:store/low-stock', (req, res) => {
  res.json({ skus: req.inventory.lowStock(Number(req.query.max ?? 2)), history: req.inventory.history });
});

app.get('/stats', (req, res) => {
  res.json({
    repositories: Object.fromEntries([...ProductRepository.registry].map(([name, repo]) => [name, repo.size])),
    caches: LruCache.report(),
    mainCache: LruCache.named('main-cache')?.stats.keys ?? null,
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
