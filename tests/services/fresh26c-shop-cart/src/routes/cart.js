'use strict';
const { Router } = require('express');
const { Cart } = require('#models');
const pricing = require('../services/pricing');
const { checkout } = require('../services/checkout');

const router = Router();

router.post('/', (req, res) => {
  const cart = Cart.open();
  res.status(201).set('x-cart-id', cart.id).json({ id: cart.id });
});

router.param('cartId', (req, res, next, id) => {
  try {
    req.cart = Cart.get(id);
    next();
  } catch (err) {
    next(err);
  }
});

router.get('/:cartId', (req, res) => {
  res.json({ id: req.cart.id, count: req.cart.count, ...pricing.quote(req.cart) });
});

router.post('/:cartId/items', (req, res) => {
  const { sku, qty = 1 } = req.body ?? {};
  req.cart.add(sku, qty);
  res.json({ count: req.cart.count });
});

router.put('/:cartId/items/:sku', (req, res) => {
  req.cart.set(req.params.sku, Number(req.body?.qty ?? 0));
  res.json({ count: req.cart.count, lines: req.cart.lines.length });
});

router.post('/:cartId/coupon', (req, res) => {
  const code = String(req.body?.code ?? '').toUpperCase();
  const subtotal = req.cart.lines.reduce((s, l) => s + l.total, 0);
  const verdict = pricing.check(code, subtotal);
  if (!verdict.ok) return res.status(422).json({ code, reason: verdict.reason });
  req.cart.coupon = code;
  res.json({ code, total: pricing.quote(req.cart).total });
});

router.post('/:cartId/checkout', (req, res) => {
  res.status(201).json(checkout(req.cart.id));
});

module.exports = router;
