// Product catalog with caches built on subclasses of Map and Set (super calls, private counters,
// a getter), a DefaultMap of per-category lists, and a ring buffer iterated with spread.
const express = require('express');
const { LRUCache, TagSet, DefaultMap, Ring } = require('./lib/collections');

const app = express();
app.use(express.json());

const products = new LRUCache(3, [['p0', { id: 'p0', name: 'Starter kit', category: 'kits' }]]);
const tags = new TagSet(['sale']);
const byCategory = new DefaultMap(() => []);
const recent = new Ring(3);

app.put('/products/:id', (req, res) => {
  const product = { id: req.params.id, name: req.body.name, category: req.body.category ?? 'misc' };
  products.set(product.id, product);
  byCategory.get(product.category).push(product.id);
  for (const t of req.body.tags ?? []) tags.add(t);
  recent.push(`put:${product.id}`);
  res.json({ cached: [...products.keys()], tags: [...tags] });
});

app.get('/products/:id', (req, res) => {
  const product = products.get(req.params.id);
  recent.push(`get:${req.params.id}`);
  product ? res.json(product) : res.status(404).json({ error: 'not cached' });
});

app.get('/categories/:name', (req, res) => {
  res.json({ ids: byCategory.get(req.params.name), known: [...byCategory.keys()] });
});

app.get('/stats', (req, res) => {
  res.json({
    cache: products.stats,
    order: [...products.keys()],
    isMap: products instanceof Map,
    tags: { list: [...tags].sort(), rejected: tags.rejected, size: tags.size },
    recent: [...recent],
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
