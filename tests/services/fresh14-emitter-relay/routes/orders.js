'use strict';
const { Router } = require('express');
const { once } = require('node:events');
const bus = require('../lib/bus');
const warehouse = require('../lib/warehouse');
const inventory = require('../listeners/inventory');

const router = Router();
const orders = new Map();
let nextId = 1;
const prices = { widget: 20, gadget: 75 };

router.post('/', (req, res) => {
  const items = req.body.items ?? [];
  const missing = items.find(({ sku, qty }) => !inventory.available(sku, qty));
  if (missing) return res.status(409).json({ error: `out of ${missing.sku}` });
  const order = {
    id: `o${nextId++}`,
    customer: req.body.customer,
    items,
    total: items.reduce((sum, { sku, qty }) => sum + prices[sku] * qty, 0),
    status: 'placed',
  };
  orders.set(order.id, order);
  bus.notify('order:placed', order);
  res.status(201).json(order);
});

router.post('/:id/cancel', (req, res) => {
  const order = orders.get(req.params.id);
  if (order?.status !== 'placed') return res.status(409).json({ error: 'cannot cancel' });
  order.status = 'cancelled';
  bus.notify('order:cancelled', order);
  res.json(order);
});

router.post('/:id/ship', async (req, res) => {
  const order = orders.get(req.params.id);
  if (order?.status !== 'placed') return res.status(409).json({ error: 'cannot ship' });
  const shipped = once(bus, 'order:shipped');
  warehouse.dispatch(order);
  const [event] = await shipped;
  order.status = 'shipped';
  res.json({ ...order, carrier: event.carrier });
});

router.post('/restock', (req, res) => {
  bus.notify('internal:restock', req.body.sku, req.body.qty);
  res.json(inventory.levels());
});

module.exports = router;
