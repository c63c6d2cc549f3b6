import { Router } from 'express';

const prices = { apple: 2, pear: 3, melon: 7 };
let ordersPlaced = 0;
const orders = [];

const router = Router();

router.post('/items', (req, res) => {
  // No parser ran for a text/plain body: req.body is undefined in Express 5.
  if (req.body === undefined) return res.status(415).json({ error: 'send JSON or a form' });
  const { sku, qty = 1 } = req.body;
  if (!(sku in prices)) return res.status(400).json({ error: `unknown sku ${sku}` });
  const cart = req.session.data.cart;
  const line = cart.find((l) => l.sku === sku);
  if (line) line.qty += Number(qty);
  else cart.push({ sku, qty: Number(qty) });
  res.status(201).json({ cart, hits: req.session.hits });
});

router.get('/', (req, res) => {
  const cart = req.session.data.cart;
  const total = cart.reduce((sum, l) => sum + prices[l.sku] * l.qty, 0);
  res.json({ session: req.session.id, cart, total, hits: req.session.hits });
});

router.post('/checkout', (req, res) => {
  const cart = req.session.data.cart;
  if (!cart.length) return res.status(409).json({ error: 'empty cart' });
  const order = { no: ++ordersPlaced, session: req.session.id, lines: structuredClone(cart) };
  orders.push(order);
  req.session.data.cart = [];
  req.session.data.lastOrder = order.no;
  res.status(201).json(order);
});

router.get('/orders', (req, res) => {
  res.json(orders.filter((o) => o.session === req.session.id).map((o) => o.no));
});

export default router;
