const express = require('express');
const catalog = require('../lib/catalog');

const router = express.Router();
const TAX = 0.2;

router.get('/', (req, res) => {
  const inStock = req.query.inStock === 'true';
  res.json(catalog.list({ inStock }).map((p) => ({ ...p, gross: catalog.priceWithTax(p.price, TAX) })));
});

router.get('/:sku', (req, res) => {
  const product = catalog.find(req.params.sku);
  if (!product) return res.status(404).json({ error: `no product ${req.params.sku}` });
  res.json({ ...product, gross: catalog.priceWithTax(product.price, TAX) });
});

router.post('/:sku/restock', (req, res) => {
  const qty = Number.parseInt(req.body?.qty, 10);
  if (!Number.isInteger(qty) || qty <= 0) return res.status(400).json({ error: 'qty must be a positive integer' });
  const product = catalog.restock(req.params.sku, qty);
  product ? res.json(product) : res.status(404).json({ error: 'unknown sku' });
});

module.exports = router;
