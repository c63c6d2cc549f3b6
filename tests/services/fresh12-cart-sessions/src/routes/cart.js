const express = require('express');
const catalog = require('../services/catalog');

const router = express.Router();

router.get('/', (req, res) => res.json(req.session.cart));

router.post('/items', (req, res) => {
  const { sku, qty = 1 } = req.body ?? {};
  const product = catalog.find(sku);
  if (!product) return res.status(404).json({ error: `no product ${sku}` });
  const now = req.session.cart.add(sku, qty, product.price);
  res.status(201).json({ sku, qty: now, cart: req.session.cart });
});

router.post('/coupon', (req, res) => {
  const ok = req.session.cart.applyCoupon(req.body?.code);
  res.status(ok ? 200 : 422).json(ok ? req.session.cart : { error: 'invalid coupon' });
});

module.exports = router;
