// An order lifecycle as a state machine: a frozen transitions table, role and
// guard checks, effects per event, and an audit trail written through a helper
// module (refused transitions are audited too).
const express = require('express');
const orders = require('./lib/orders');
const audit = require('./lib/audit');
const { TRANSITIONS } = require('./lib/constants');

const app = express();
app.use(express.json());

const actorOf = (req) => req.get('x-role') ?? 'customer';

app.post('/orders', (req, res, next) => {
  try {
    const order = orders.create(req.body ?? {});
    res.status(201).json({ id: order.id, state: order.state, total: order.total });
  } catch (err) {
    next(err);
  }
});

app.param('orderId', (req, res, next, id) => {
  req.order = orders.get(Number(id));
  return req.order ? next() : res.status(404).json({ error: `order ${id} not found` });
});

app.get('/orders/:orderId', (req, res) => {
  const { id, state, total, paid, refunded, history } = req.order;
  res.json({ id, state, total, paid, refunded, history, next: Object.keys(TRANSITIONS[state] ?? {}) });
});

app.post('/orders/:orderId/:event', (req, res, next) => {
  try {
    const order = orders.apply(req.order, req.params.event, actorOf(req), req.body ?? {});
    res.set('X-Audit-Size', String(audit.size)).json({ id: order.id, state: order.state, refunded: order.refunded });
  } catch (err) {
    next(err);
  }
});

app.patch('/orders/:orderId', (req, res) => {
  if (req.order.state !== 'pending') return res.status(409).json({ error: 'only pending orders can change' });
  if (req.body?.address) req.order.address = req.body.address;
  res.json({ id: req.order.id, address: req.order.address });
});

app.get('/orders/:orderId/audit', (req, res) => res.json(audit.forOrder(req.order.id)));

app.get('/audit/refused', (req, res) => res.json({ total: audit.size, refused: audit.refused().map((e) => `${e.orderId}:${e.event}:${e.reason}`) }));

app.get('/reports/states', (req, res) => {
  const counts = {};
  for (const o of orders.all()) counts[o.state] = (counts[o.state] || 0) + 1;
  res.json(counts);
});

app.use((err, req, res, next) => {
  if (err instanceof orders.TransitionError) return res.status(err.status).json({ error: err.message });
  next(err);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
