// An inventory with reservations that expire: a reservation holds stock until it is confirmed or its
// setTimeout fires and gives the stock back; an EventEmitter-based service emits 'expired' and
// 'confirmed', listened to by an audit store; stock kept in a Map of objects mutated in place,
// timers kept in a Map so that confirming clears them. Expiries are read by later requests.
'use strict';
const express = require('express');
const inventory = require('./services/inventory');
const audit = require('./stores/audit');

const app = express();
app.use(express.json());

inventory.on('expired', (r) => audit.log('expired', r));
inventory.on('confirmed', (r) => audit.log('confirmed', r));
inventory.on('reserved', (r) => audit.log('reserved', r));

app.put('/stock/:sku', (req, res) => {
  res.json(inventory.restock(req.params.sku, Number(req.body?.qty ?? 0)));
});

app.get('/stock', (req, res) => {
  res.json(inventory.snapshot());
});

app.post('/reservations', (req, res) => {
  const { sku, qty = 1, ttlMs = 100 } = req.body ?? {};
  const result = inventory.reserve(sku, qty, ttlMs);
  if (result.error) return res.status(409).json(result);
  res.status(201).json(result);
});

app.post('/reservations/:id/confirm', async (req, res) => {
  const result = await inventory.confirm(Number(req.params.id));
  res.status(result.error ? 410 : 200).json(result);
});

app.get('/reservations/:id', (req, res) => {
  const r = inventory.reservation(Number(req.params.id));
  if (!r) return res.status(404).json({ error: 'unknown reservation' });
  res.json(r);
});

app.get('/audit', (req, res) => {
  res.json({ counts: audit.counts(), last: audit.entries.at(-1) ?? null });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
