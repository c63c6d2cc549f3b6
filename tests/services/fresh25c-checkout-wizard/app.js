// A checkout wizard whose sessions are generator objects kept in a Map and advanced by requests
// (`flows.get(id).next(req.body)`), an EventEmitter subclass singleton whose listeners write module
// totals, and writes deferred past the response: a `process.nextTick` marking the step seen, a
// `queueMicrotask` appending to the journal and a `setImmediate` recomputing the cities ranking,
// all read by later requests.
'use strict';
const express = require('express');
const { checkoutFlow } = require('./lib/wizard');
const bus = require('./lib/bus');

const app = express();
app.use(express.json());

const flows = new Map();
const lastStep = {};
const journal = [];
const byCity = {};
let ranking = [];
const totals = { done: 0, failed: 0, express: 0 };
let nextCart = 100;

bus.on('done', (order) => {
  totals.done++;
  if (order.shipping === 'express') totals.express++;
  byCity[order.city] = (byCity[order.city] || 0) + 1;
});
bus.on('failed', () => totals.failed++);
bus.on('done', function recordJournal(order) {
  queueMicrotask(() => journal.push(`order ${order.cartId} to ${order.city}`));
});

app.post('/checkout', (req, res) => {
  const id = String(nextCart++);
  const flow = checkoutFlow(id);
  flows.set(id, flow);
  const { value } = flow.next();
  res.status(201).json({ id, ...value });
  process.nextTick(() => (lastStep[id] = value.step));
});

app.post('/checkout/:id', (req, res) => {
  const flow = flows.get(req.params.id);
  if (!flow) return res.status(404).json({ error: 'no such checkout' });
  const { value, done } = flow.next(req.body);
  if (done) {
    flows.delete(req.params.id);
    bus.emit(value.step, value.order ?? value);
    setImmediate(() => {
      ranking = Object.entries(byCity).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
    });
  }
  res.json({ done, ...value });
  process.nextTick(() => (lastStep[req.params.id] = value.step));
});

app.delete('/checkout/:id', (req, res) => {
  const flow = flows.get(req.params.id);
  if (!flow) return res.status(404).json({ error: 'no such checkout' });
  const { value, done } = flow.return({ step: 'abandoned' });
  flows.delete(req.params.id);
  lastStep[req.params.id] = value.step;
  res.json({ done, ...value });
});

app.get('/status', (req, res) => {
  res.json({ open: [...flows.keys()], lastStep, journal, ranking, totals, emitted: bus.emitted });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
