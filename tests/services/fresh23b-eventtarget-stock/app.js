// Reservations on a warehouse extending EventTarget with Event subclasses carrying their own fields:
// a vetoing policy (`preventDefault`, `defaultPrevented`, `dispatchEvent`'s answer), a freeze listener
// stopping the rest with `stopImmediatePropagation`, a `handleEvent` counter, and low-stock alert
// listeners added with an AbortSignal that a request aborts, the signal's 'abort' listener writing why.
'use strict';
const express = require('express');
const { warehouse } = require('./lib/warehouse');
const policies = require('./lib/policies');

const app = express();
app.use(express.json());

app.post('/reserve', (req, res) => {
  const { sku, qty, by } = req.body;
  const result = warehouse.reserve(sku, qty, by);
  res.status(result.ok ? 200 : 409).json(result);
});

app.post('/restock', (req, res) => {
  res.json({ level: warehouse.restock(req.body.sku, req.body.qty) });
});

app.put('/frozen/:sku', (req, res) => {
  policies.frozen.add(req.params.sku);
  res.json({ frozen: [...policies.frozen] });
});

app.delete('/frozen/:sku', (req, res) => {
  res.json({ removed: policies.frozen.delete(req.params.sku), frozen: [...policies.frozen] });
});

app.post('/alerts/stop', (req, res) => {
  res.json({ stopped: policies.stopAlerts(req.body.who), alerting: policies.alerting });
});

app.post('/alerts/start', (req, res) => {
  res.json({ started: policies.startAlerts(req.body.threshold), alerting: policies.alerting });
});

app.get('/state', (req, res) => {
  const { handleEvent, ...counts } = policies.tally;
  res.json({ ...warehouse.snapshot(), counts, alerts: policies.alerts, alerting: policies.alerting });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
