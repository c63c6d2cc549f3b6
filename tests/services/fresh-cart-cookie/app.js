// Shopping carts keyed by a session cookie (parsed by hand), a price catalog, an
// id generator for sessions, helpers that write the carts, and a checkout that
// empties the cart and records an order in a module array.
const express = require('express');

const app = express();
app.use(express.json());

const catalog = Object.freeze({ apple: 120, pear: 95, melon: 350 });
const carts = new Map();
const orders = [];
let sessionCounter = 0;

const newSessionId = () => `s${(++sessionCounter).toString(36).padStart(4, '0')}`;

function parseCookies(header = '') {
  return Object.fromEntries(
    header.split(';').map((part) => part.trim().split('=')).filter(([k, v]) => k && v !== undefined),
  );
}

function cartFor(req, res) {
  let { sid } = parseCookies(req.headers.cookie);
  if (!sid || !carts.has(sid)) {
    sid = newSessionId();
    carts.set(sid, { items: {}, created: carts.size + 1 });
    res.cookie('sid', sid, { httpOnly: true });
  }
  return carts.get(sid);
}

function addToCart(cart, sku, qty) {
  cart.items[sku] = (cart.items[sku] ?? 0) + qty;
  if (cart.items[sku] <= 0) delete cart.items[sku];
}

const totalOf = (cart) =>
  Object.entries(cart.items).reduce((sum, [sku, qty]) => sum + catalog[sku] * qty, 0);

app.get('/cart', (req, res) => {
  const cart = cartFor(req, res);
  res.json({ items: cart.items, total: totalOf(cart) });
});

app.post('/cart/items', (req, res) => {
  const { sku, qty = 1 } = req.body;
  if (!(sku in catalog)) return res.status(400).json({ error: `unknown sku ${sku}` });
  const cart = cartFor(req, res);
  addToCart(cart, sku, Number(qty));
  res.json({ items: cart.items, total: totalOf(cart) });
});

app.post('/checkout', (req, res) => {
  const cart = cartFor(req, res);
  const total = totalOf(cart);
  if (total === 0) return res.status(409).json({ error: 'cart is empty' });
  const order = { id: orders.length + 1, items: { ...cart.items }, total };
  orders.push(order);
  cart.items = {};
  res.status(201).json(order);
});

app.get('/orders', (req, res) => {
  res.json({ count: orders.length, revenue: orders.reduce((s, o) => s + o.total, 0), sessions: carts.size });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
