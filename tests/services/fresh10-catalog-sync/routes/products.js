const express = require('express');
const products = require('../repos/ProductRepo');
const { counting } = require('../middleware/counters');

const router = express.Router({ mergeParams: true });

router.route('/')
  .get(counting('list'), async (req, res, next) => {
    try {
      const out = [];
      for await (const row of products.scan()) {
        if (req.query.q && !row.slug.includes(req.query.q)) continue;
        out.push(`${row.id}:${row.slug}`);
      }
      res.json({ store: req.params.store, rows: out, reads: products.reads });
    } catch (err) {
      next(err);
    }
  })
  .post(counting('import', 'write'), async (req, res, next) => {
    try {
      const ids = await products.saveAll(Array.isArray(req.body) ? req.body : [req.body]);
      res.status(201).json({ ids, writes: products.writes });
    } catch (err) {
      next(err);
    }
  });

router.get('/:id', (req, res, next) => {
  if (req.params.id === 'count') return next('route');
  const row = products.rows.get(req.params.id);
  row ? res.json(row) : res.status(404).json({ error: 'not found' });
});

router.get('/:id', (req, res) => res.json({ count: products.rows.size }));

module.exports = router;
