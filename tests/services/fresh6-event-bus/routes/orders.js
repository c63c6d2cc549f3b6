const express = require('express');
const bus = require('../lib/bus');
const welcome = require('../listeners/welcome');

const router = express.Router();
const orders = [];

router.post('/', (req, res) => {
  const { user, amount } = req.body;
  const credit = welcome.take(user);
  const order = { id: `o${orders.length + 1}`, user, total: Math.max(0, amount - credit), credit };
  orders.push(order);
  bus.emit('order.placed', order);
  res.status(201).json(order);
});

router.post('/:id/refund', (req, res) => {
  const order = orders.find((o) => o.id === req.params.id);
  if (!order || order.refunded) return res.status(400).json({ error: 'cannot refund' });
  order.refunded = true;
  bus.emit('order.refunded', order);
  res.json(order);
});

module.exports = router;
