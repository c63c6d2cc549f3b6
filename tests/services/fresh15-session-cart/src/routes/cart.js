const router = require('express').Router();
const createError = require('http-errors');
const config = require('../config');
const catalog = require('../lib/catalog');
const price = require('../lib/pricing');
const validate = require('../schemas');

// every cart route works on req.session.cart, created on first use
router.use((req, res, next) => {
  req.session.cart ??= { lines: {}, coupon: null, updates: 0 };
  next();
});

router.get('/', (req, res) => res.json(price(req.session.cart)));

router.post('/lines', validate.addLine, (req, res) => {
  const { productId, qty } = req.body;
  const product = catalog.find(productId);
  if (!product) throw createError(404, `No product ${productId}`);
  const cart = req.session.cart;
  const wanted = (cart.lines[productId] || 0) + qty;
  if (wanted > config.maxLineQty) throw createError(422, `At most ${config.maxLineQty} per product`);
  if (wanted > product.stock) throw createError(409, `Only ${product.stock} left`);
  cart.lines[productId] = wanted;
  cart.updates += 1;
  res.status(201).json(price(cart));
});

router.delete('/lines/:productId', (req, res) => {
  const cart = req.session.cart;
  if (!(req.params.productId in cart.lines)) throw createError(404, 'Not in cart');
  delete cart.lines[req.params.productId];
  cart.updates += 1;
  res.json(price(cart));
});

router.put('/coupon', validate.coupon, (req, res) => {
  req.session.cart.coupon = req.body.code.toUpperCase();
  res.json(price(req.session.cart));
});

module.exports = router;
