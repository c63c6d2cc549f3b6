// A cart in a hand-written zustand-like store: actions calling `set`/`get`, subscribers registered at
// start-up in another module (persisted snapshot, derived totals through a selector with a shallow
// equality, a version history, a coupon watcher that unsubscribes itself after two changes), and
// watchers subscribed by requests whose unsubscribe functions wait in a Map for a later request.
'use strict';
const express = require('express');
const cartStore = require('./src/cartStore');
const subscribers = require('./src/subscribers');

const app = express();
app.use(express.json());

const watches = new Map();
const watchLog = {};

app.post('/cart/items', (req, res) => {
  const { sku, price, qty } = req.body;
  cartStore.getState().add(sku, price, qty);
  res.status(201).json({ items: cartStore.getState().items, derived: subscribers.derived });
});

app.delete('/cart/items/:sku', (req, res) => {
  cartStore.getState().remove(req.params.sku);
  res.json({ items: cartStore.getState().items, derived: subscribers.derived });
});

app.post('/cart/coupon', (req, res) => {
  cartStore.getState().applyCoupon(req.body.code);
  res.json({ coupon: cartStore.getState().coupon, couponLog: subscribers.couponLog });
});

app.post('/cart/touch', (req, res) => {
  const before = subscribers.storage.writes;
  cartStore.getState().touch();
  res.json({ writesBefore: before, writesAfter: subscribers.storage.writes });
});

app.post('/watches/:name', (req, res) => {
  const { name } = req.params;
  if (watches.has(name)) return res.status(409).json({ error: 'watching' });
  watchLog[name] = [];
  const field = req.body.field || 'version';
  watches.set(
    name,
    cartStore.subscribeWithSelector(
      (s) => (field === 'count' ? s.items.reduce((n, i) => n + i.qty, 0) : s[field]),
      (value, before) => watchLog[name].push(`${before}->${value}`),
    ),
  );
  res.status(201).json({ name, field, listeners: cartStore.listenerCount() });
});

app.delete('/watches/:name', (req, res) => {
  const unsubscribe = watches.get(req.params.name);
  if (!unsubscribe) return res.status(404).json({ error: 'not watching' });
  watches.delete(req.params.name);
  res.json({ removed: unsubscribe(), listeners: cartStore.listenerCount(), log: watchLog[req.params.name] });
});

app.get('/state', (req, res) => {
  const { items, coupon, version } = cartStore.getState();
  res.json({ items, coupon, version, ...subscribers, watchLog, listeners: cartStore.listenerCount() });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
