// A cart built on hand-written signals (lib/signals.js): handlers only assign `signal.value`;
// a setter then re-runs effects that write module arrays (a total history, big-spender alerts),
// computed values cache through effects, and one effect is disposed by a request. State lives in
// private fields of Signal instances, in effect objects' dependency sets and in module lets.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { cart, coupon, subtotal, total, history, alerts, stopAlerts } from './lib/model.js';
import { effectRuns } from './lib/signals.js';

const app = express();
app.use(express.json());

const coupons = { TEN: { code: 'TEN', off: 10 }, HALF: { code: 'HALF', off: 50 } };

app.post('/cart', (req, res) => {
  const { sku, price, qty = 1 } = req.body;
  const lines = cart.peek();
  const found = lines.find((l) => l.sku === sku);
  cart.value = found
    ? lines.map((l) => (l.sku === sku ? { ...l, qty: l.qty + qty } : l))
    : [...lines, { sku, price, qty }];
  res.status(201).json({ subtotal: subtotal.value, total: total.value });
});

app.put('/coupon', (req, res) => {
  const c = coupons[req.body.code];
  if (req.body.code && !c) return res.status(422).json({ error: 'unknown coupon' });
  coupon.value = c ?? null;
  res.json({ total: total.value });
});

app.post('/alerts/stop', (req, res) => res.json({ stopped: stopAlerts() }));

app.delete('/cart/:sku', (req, res) => {
  cart.value = cart.peek().filter((l) => l.sku !== req.params.sku);
  res.json({ total: total.value });
});

app.get('/summary', (req, res) => {
  res.json({ lines: cart.value, total: total.value, history, alerts, runs: effectRuns() });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
