// Counters mutated by listeners in other modules: a bus subclassing EventEmitter that counts in
// its overridden emit, per-user carts (EventEmitter subclasses made by handlers) forwarding to it,
// a totals module, a stock object whose bound method listens, a function listener writing the bus
// through `this`, `prependListener` and `once`, and per-cart listeners writing module counters.
'use strict';
const express = require('express');
const bus = require('./lib/bus');
const Cart = require('./lib/cart');
const totals = require('./listeners/totals');
const stock = require('./listeners/stock');
const { firsts } = require('./listeners/audit');

const carts = new Map();
const perUser = {};

function cartOf(user) {
  if (!carts.has(user)) {
    const cart = new Cart(user);
    cart.on('checkout', (total) => {
      perUser[user] = (perUser[user] ?? 0) + total;
    });
    carts.set(user, cart);
  }
  return carts.get(user);
}

const app = express();
app.use(express.json());

app.post('/carts/:user/items', (req, res) => {
  const { sku, qty = 1, price } = req.body;
  if (!(sku in stock.levels)) return res.status(404).json({ error: `unknown sku ${sku}` });
  const line = cartOf(req.params.user).add(sku, qty, price);
  res.status(201).json({ line, left: stock.levels[sku] });
});

app.delete('/carts/:user/items/:sku', (req, res) => {
  const line = cartOf(req.params.user).remove(req.params.sku);
  if (!line) return res.sendStatus(404);
  res.json({ removed: line, left: stock.levels[line.sku] });
});

app.post('/carts/:user/checkout', (req, res) => {
  const cart = carts.get(req.params.user);
  if (!cart) return res.status(404).json({ error: 'no cart' });
  res.json({ total: cart.checkout(), spent: perUser[req.params.user] });
});

app.get('/carts/:user', (req, res) => {
  const cart = carts.get(req.params.user);
  res.json(cart ? [...cart.lines.values()] : []);
});

app.get('/stats', (req, res) => {
  res.json({
    totals,
    stock: stock.levels,
    reserved: stock.reserved,
    emitted: bus.emitted,
    lastSku: bus.lastSku,
    checkoutListeners: bus.listenerCount('checkout'),
    firsts,
    perUser,
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
