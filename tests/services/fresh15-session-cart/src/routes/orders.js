const router = require('express').Router();
const createError = require('http-errors');
const debug = require('debug')('cart:orders');
const catalog = require('../lib/catalog');
const coupons = require('../lib/coupons');
const price = require('../lib/pricing');
const validate = require('../schemas');

const orders = [];

router.post('/', validate.checkout, (req, res, next) => {
  const cart = req.session.cart;
  if (!cart || Object.keys(cart.lines).length === 0) throw createError(400, 'Cart is empty');
  const quote = price(cart);
  for (const line of quote.lines) {
    if (catalog.find(line.id).stock < line.qty) throw createError(409, `${line.name} sold out`);
  }
  quote.lines.forEach((line) => catalog.take(line.id, line.qty));
  if (quote.discount) coupons.redeem(cart.coupon);
  const order = { number: 5000 + orders.length + 1, email: req.body.email, total: quote.total, items: quote.lines.length };
  orders.push(order);
  debug('order %d placed', order.number);
  // a new session id after checkout, the cart starts over
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.lastOrder = order.number;
    res.status(201).json(order);
  });
});

router.get('/last', (req, res) => {
  const order = orders.find((o) => o.number === req.session.lastOrder);
  if (!order) throw createError(404, 'No order in this session');
  res.json(order);
});

router.get('/', (req, res) => {
  res.json({ count: orders.length, revenue: orders.reduce((s, o) => s + o.total, 0) });
});

module.exports = router;
