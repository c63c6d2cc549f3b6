const express = require('express');
const bus = require('./lib/bus');
const projections = require('./lib/projections');

const app = express();
app.use(express.json());

const orders = new Map();
let nextId = 100;

app.post('/orders', (req, res) => {
  const order = { id: nextId++, customer: req.body.customer, amount: Number(req.body.amount) };
  const accepted = bus.publish('order:placed', order);
  if (!accepted) {
    // undo what the projections already counted, then tell the world
    bus.publish('order:cancelled', order);
    bus.publish('order:refused', order);
    return res.status(402).json({ refused: order.id });
  }
  orders.set(order.id, order);
  res.status(201).json(order);
});

app.delete('/orders/:id', (req, res) => {
  const order = orders.get(Number(req.params.id));
  if (!order) return res.status(404).json({ error: 'not found' });
  orders.delete(order.id);
  bus.publish('order:cancelled', order);
  res.json({ cancelled: order.id });
});

app.get('/report', (req, res) => {
  res.json({
    revenue: projections.revenue,
    counts: Object.fromEntries(projections.counts),
    audit: projections.audit,
    first: projections.first(),
    open: [...orders.keys()],
  });
});

app.listen(process.env.PORT || 3000);
