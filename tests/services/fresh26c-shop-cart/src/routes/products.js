'use strict';
const { Router } = require('express');
const { catalog } = require('#models');
const { format } = require('#lib/money');

const router = Router();

router.get('/', (req, res) => {
  res.json(catalog.all().map((p) => ({ ...p, price: format(p.price) })));
});

router.post('/:sku/restock', (req, res) => {
  const stock = catalog.restock(req.params.sku, Number(req.body?.qty ?? 1));
  if (stock === undefined) return res.status(404).json({ error: 'unknown sku' });
  res.json({ sku: req.params.sku, stock });
});

module.exports = router;
