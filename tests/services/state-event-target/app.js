// EventTarget instead of EventEmitter: a module's `new EventTarget()` bus whose listeners (in
// another module) keep an audit trail, and a class extending EventTarget that listens to itself.
// Handlers call `dispatchEvent(new CustomEvent(...))`; the listeners run inside that call.
'use strict';
const express = require('express');
const bus = require('./lib/bus');
const { trail } = require('./lib/audit');
const stock = require('./lib/stock');

let nextId = 1;
const app = express();
app.use(express.json());

app.post('/orders', (req, res) => {
  const id = nextId++;
  const left = stock.take(req.body.item, req.body.qty);
  bus.dispatchEvent(new CustomEvent('order', { detail: { id, total: req.body.qty * 2 } }));
  res.status(201).json({ id, left });
});

app.post('/orders/:id/refund', (req, res) => {
  const delivered = bus.dispatchEvent(new CustomEvent('refund', { detail: { id: Number(req.params.id) } }));
  res.json({ delivered });
});

app.get('/audit', (req, res) => res.json({ trail, lowAlerts: stock.lowAlerts, levels: stock.levels }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
