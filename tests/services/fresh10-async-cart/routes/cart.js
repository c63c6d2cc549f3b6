const express = require('express');
const cartService = require('../services/cartService');

const router = express.Router();
const wrap = (fn) => (req, res, next) => fn(req, res, next).catch(next);

router.get('/', (req, res) => res.json(cartService.cartFor(req.cartId)));

router.post('/lines', wrap(async (req, res) => {
  const params = new URLSearchParams(req.body);
  const qty = Number(params.get('qty') ?? 1);
  const cart = await cartService.addLine(req.cartId, params.get('product'), qty);
  if (!cart) return res.status(404).json({ error: 'no such product' });
  res.json(cart);
}));

router.post('/checkout', wrap(async (req, res) => {
  const result = await cartService.checkout(req.cartId);
  res.status(result.ok ? 200 : 409).json(result);
}));

module.exports = router;
