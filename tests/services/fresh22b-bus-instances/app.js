// Orders on an EventEmitter whose listeners are methods of class instances in other modules: an
// inventory singleton registering `this.onPlaced.bind(this)` in its constructor, a stats object's
// arrow field called from per-event closures, a mailer object's method bound, a `prependListener`
// setting defaults with `??=`, a listener writing back a `structuredClone` of the order, shipping
// emitted on `setImmediate` and awaited with `events.once`, `Object.assign` and `Reflect.set`.
'use strict';
const express = require('express');
const { once } = require('node:events');
const bus = require('./lib/bus');
const inventory = require('./lib/inventory');
const stats = require('./lib/stats');
const orders = require('./lib/orders');

const app = express();
app.use(express.json());

app.post('/orders', (req, res) => {
  const order = orders.place(req.body);
  res.status(order.status === 'backordered' ? 202 : 201).json(order);
});

app.post('/orders/:id/ship', async (req, res) => {
  const id = Number(req.params.id);
  const order = orders.orders.get(id);
  if (!order || order.status !== 'placed') return res.status(409).json({ error: 'cannot ship', status: order?.status });
  setImmediate(() => bus.emit('order:shipped', order));
  const [shipped] = await once(bus, 'order:shipped');
  res.json({ shipped: shipped.id, now: orders.orders.get(id), same: shipped === orders.orders.get(id) });
});

app.post('/orders/:id/cancel', (req, res) => {
  const order = orders.cancel(Number(req.params.id));
  if (!order) return res.status(409).json({ error: 'cannot cancel' });
  res.json(order);
});

app.patch('/orders/:id', (req, res) => {
  const order = orders.annotate(Number(req.params.id), 'note', req.body.note);
  if (!order) return res.status(404).json({ error: 'no order' });
  res.json(order);
});

app.get('/state', (req, res) => {
  res.json({
    levels: inventory.levels,
    reserved: inventory.reserved,
    counts: stats.counts,
    revenue: stats.revenue,
    outbox: orders.mailer.outbox,
    orders: [...orders.orders.values()].map((o) => `${o.id}:${o.sku}:${o.status}:${o.history.join('>')}`),
    listeners: bus.eventNames().map((e) => `${e}=${bus.listenerCount(e)}`),
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
