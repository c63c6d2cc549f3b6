// Carts and orders reached only through an object literal's getters (`shop.carts.get(user)`,
// `shop.orders.push(...)`), a season object changed through its getter (`shop.season.discount = 0.5`),
// a catalog behind an `Object.defineProperty` getter changed in place, and an archive that replaces
// the module variables the getters return.
'use strict';
const express = require('express');
const shop = require('./lib/shop');

const app = express();
app.use(express.json());

app.post('/carts/:user/items', (req, res) => {
  const { carts } = shop;
  const cart = carts.get(req.params.user) ?? [];
  cart.push(req.body.item);
  carts.set(req.params.user, cart);
  res.status(201).json({ cart });
});

app.get('/carts/:user', (req, res) => {
  const cart = shop.carts.get(req.params.user) ?? [];
  res.json({ cart, total: cart.reduce((sum, item) => sum + shop.price(item), 0) });
});

app.post('/carts/:user/checkout', (req, res) => {
  const cart = shop.carts.get(req.params.user);
  if (!cart?.length) return res.status(409).json({ error: 'empty cart' });
  const order = { id: shop.orders.length + 1, user: req.params.user, total: cart.reduce((s, i) => s + shop.price(i), 0) };
  shop.orders.push(order);
  shop.carts.delete(req.params.user);
  res.status(201).json(order);
});

app.put('/season', (req, res) => {
  Object.assign(shop.season, req.body);
  res.json(shop.season);
});

app.put('/catalog/:item', (req, res) => {
  shop.catalog[req.params.item] = req.body.price;
  res.json(shop.catalog);
});

app.get('/orders', (req, res) => {
  res.json({ orders: shop.orders, season: shop.season.name, carts: shop.carts.size });
});

app.post('/archive', (req, res) => {
  res.json({ archived: shop.archive(), orders: shop.orders.length });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
