// Settings and carts behind a Proxy (lib/observable.js): writes through the
// proxy are validated and counted, nested objects are proxied on the way out,
// `Reflect.set` reports a refused write as false, `in` hides private keys, and
// the raw object behind the proxy is read to show both see the same writes.
'use strict';
const express = require('express');
const { observe, stats } = require('./lib/observable');

const raw = { theme: 'light', _secret: 's3', limits: { items: 3 }, carts: {} };
const store = observe(raw);

const app = express();
app.use(express.json());

app.put('/settings/:key', (req, res) => {
  try {
    store[req.params.key] = req.body.value;
    res.json({ [req.params.key]: store[req.params.key], writes: stats.writes });
  } catch (err) {
    res.status(400).json({ error: err.message, name: err.name });
  }
});

app.put('/limits/:key', (req, res) => {
  const ok = Reflect.set(store.limits, req.params.key, req.body.value);
  res.json({ ok, limits: raw.limits });
});

app.post('/carts/:user', (req, res) => {
  const { carts } = store;
  carts[req.params.user] ??= { items: [], qty: 0 };
  const cart = carts[req.params.user];
  if (cart.items.length >= store.limits.items) return res.status(409).json({ error: 'cart full', items: cart.items });
  cart.items.push(req.body.sku);
  cart.qty += req.body.qty ?? 1;
  res.status(201).json(raw.carts[req.params.user]);
});

app.delete('/carts/:user', (req, res) => {
  const existed = delete store.carts[req.params.user];
  res.json({ existed, users: Object.keys(raw.carts) });
});

app.get('/has/:key', (req, res) => res.json({ viaProxy: req.params.key in store, raw: req.params.key in raw }));

app.get('/stats', (req, res) => res.json({ ...stats, theme: raw.theme, secret: raw._secret }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
