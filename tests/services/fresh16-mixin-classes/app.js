// Products built from class mixins (`const Timestamped = (Base) => class extends Base {...}`), a
// `super.touch()` chain writing fields and private fields at each level, a static private id maker
// and a `static {}` block, a price accessor pair keeping a private history, `#price in obj` checks,
// and instances kept in a Map changed through methods called from map/forEach/reduce callbacks.
'use strict';
const express = require('express');
const { Entity, Product, Bundle } = require('./models/product');
const { now } = require('./models/mixins');

const app = express();
app.use(express.json());

const products = new Map();
const bundles = new Map();

app.post('/products', (req, res) => {
  try {
    const p = new Product(req.body.name, req.body.price);
    products.set(p.id, p);
    res.status(201).json(p);
  } catch (err) {
    res.status(400).json({ error: err.message, count: Entity.count });
  }
});

app.post('/products/sale', (req, res) => {
  const percent = Number(req.query.percent ?? 10);
  const changed = [...products.values()]
    .filter((p) => p.price >= (req.body.min ?? 0))
    .map((p) => p.discount(percent))
    .map((p) => ({ id: p.id, price: p.price, version: p.version }));
  res.json({ changed, clock: now() });
});

app.patch('/products/:id', (req, res) => {
  const p = products.get(req.params.id);
  if (!p) return res.status(404).json({ error: 'no product' });
  try {
    if ('price' in req.body) p.price = req.body.price;
    p.touch();
    res.json(p);
  } catch (err) {
    res.status(400).json({ error: err.message, product: p });
  }
});

app.post('/bundles', (req, res) => {
  const items = req.body.ids.map((id) => products.get(id)).filter(Boolean);
  const b = new Bundle(items);
  bundles.set(b.id, b);
  res.status(201).json({ id: b.id, total: b.total, items: items.map((p) => p.id), createdAt: b.createdAt });
});

app.post('/bundles/:id/touch', (req, res) => {
  const b = bundles.get(req.params.id);
  if (!b) return res.status(404).json({ error: 'no bundle' });
  b.touch();
  res.json({ id: b.id, updatedAt: b.updatedAt, items: b.items });
});

app.get('/summary', (req, res) => {
  const all = [...Entity.registry.values()];
  const versions = [...products.values()].reduce((acc, p) => {
    acc[p.id] = p.version;
    return acc;
  }, {});
  res.json({
    count: Entity.count,
    kinds: Entity.kinds,
    priced: all.filter((e) => Product.hasPrice(e)).map((e) => e.id),
    versioned: all.filter((e) => Product.isVersioned(e)).length,
    versions,
    clock: now(),
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
