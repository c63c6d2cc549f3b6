const { Router } = require('express');
const carts = require('../stores/carts');
const checkout = require('../services/checkout');

const router = Router();

router.use((req, res, next) => {
  const id = req.get('x-cart');
  if (!id) return res.status(400).json({ error: 'x-cart header required' });
  req.cart = carts.open(id);
  next();
});

router.get('/', (req, res) => res.json(checkout.quote(req.cart)));

router.post('/items', (req, res, next) => {
  try {
    carts.addItem(req.cart, req.body ?? {});
    res.status(201).json(checkout.quote(req.cart));
  } catch (err) {
    next(err);
  }
});

router.patch('/items/:sku', (req, res) => {
  const line = req.cart.lines.find((l) => l.sku === req.params.sku);
  if (!line) return res.status(404).json({ error: 'not in cart' });
  line.qty = Math.max(0, line.qty + Number(req.body?.delta ?? 0));
  if (line.qty === 0) req.cart.lines.splice(req.cart.lines.indexOf(line), 1);
  res.json(checkout.quote(req.cart));
});

router.post('/coupon', (req, res) => {
  const result = checkout.applyCoupon(req.cart, req.body?.code);
  res.status(result.error ? 422 : 200).json(result);
});

router.post('/checkout', (req, res) => {
  const receipt = checkout.place(req.cart);
  if (!receipt) return res.status(409).json({ error: 'cart is empty' });
  res.status(201).json(receipt);
});

router.get('/receipts', (req, res) => res.json(checkout.receiptsOf(req.get('x-cart'))));

module.exports = router;
