const express = require('express');
const catalog = require('../services/catalog');

const router = express.Router();
const saved = new Map();

// A middleware tries to default the page size: in Express 5 req.query is a getter, so this
// writes into an object that the next read of req.query no longer holds.
router.use((req, res, next) => {
  req.query.page ??= { size: '2' };
  res.locals.defaulted = req.query.page === undefined;
  next();
});

router.get('/', (req, res) => {
  const result = catalog.search(req.query);
  res.json({ ...result, defaulted: res.locals.defaulted, query: req.query });
});

router.post('/saved/:name', (req, res) => {
  const q = structuredClone(req.query);
  saved.set(req.params.name, q);
  res.status(201).json({ name: req.params.name, query: q, count: saved.size });
});

router.get('/saved/:name', (req, res) => {
  const q = saved.get(req.params.name);
  if (!q) return res.status(404).json({ error: 'unknown search' });
  res.json(catalog.search(q));
});

router.patch('/:sku', express.urlencoded({ extended: true }), (req, res) => {
  const price = Number(req.body?.price?.amount ?? req.body?.price);
  if (!Number.isFinite(price)) return res.status(400).json({ error: 'price required', body: req.body ?? null });
  const p = catalog.setPrice(req.params.sku, price);
  if (!p) return res.status(404).json({ error: 'no product' });
  res.json(p);
});

router.get('/stats', (req, res) => res.json(catalog.stats()));

module.exports = router;
