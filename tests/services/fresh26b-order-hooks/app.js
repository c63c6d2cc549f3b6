// Orders run hooks that other modules registered with a registry at startup
// (`onOrderPlaced(fn)` in lib/inventory.js and lib/loyalty.js) and one a request registers
// (a spending cap that removes itself); refunds go through `process.emit('loyalty:refund')`
// to a `process.on` listener in another module; an EventTarget whose listeners a request adds
// writes a feed module; a loyalty ledger in an IIFE closure; a second `process.on` listener that a
// request registers (an audit of refunds).
'use strict';
const express = require('express');
const hooks = require('./lib/hooks');
const inventory = require('./lib/inventory');
const ledger = require('./lib/loyalty');
const signals = require('./lib/signals');

const app = express();
app.use(express.json());

const orders = [];
const caps = {};

app.post('/caps/:user', (req, res) => {
  const user = req.params.user;
  const state = { spent: 0, limit: req.body.limit };
  caps[user] = state;
  const off = hooks.onOrderPlaced((order) => {
    if (order.user !== user) return null;
    state.spent += order.qty;
    if (state.spent > state.limit) {
      off();
      state.off = true;
      return `cap:${user}`;
    }
    return null;
  });
  res.status(201).json({ hooks: hooks.count() });
});

app.post('/orders', (req, res) => {
  const order = { id: orders.length + 1, status: 'placed', ...req.body };
  const problems = hooks.runPlaced(order);
  if (problems.length) order.status = 'flagged';
  orders.push(order);
  signals.signal('placed', order);
  res.status(201).json({ id: order.id, status: order.status, problems });
});

app.delete('/orders/:id', (req, res) => {
  const order = orders.find((o) => o.id === Number(req.params.id));
  if (!order || order.status === 'cancelled') return res.status(404).json({ error: 'no order' });
  order.status = 'cancelled';
  hooks.runCancelled(order);
  process.emit('loyalty:refund', order);
  signals.signal('cancelled', order);
  res.json({ id: order.id, points: ledger.of(order.user) });
});

app.post('/watch/:user', (req, res) => {
  signals.watch(req.params.user);
  res.status(201).json({ watching: req.params.user });
});

app.get('/users/:user', (req, res) => {
  const u = req.params.user;
  res.json({
    points: ledger.of(u),
    cap: caps[u] ? { spent: caps[u].spent, off: Boolean(caps[u].off) } : null,
    orders: orders.filter((o) => o.user === u).map((o) => `${o.id}:${o.status}`),
  });
});

// an auditor a request switches on: a process listener registered by a handler
const refundAudit = [];
let auditing = false;
app.post('/audit/refunds', (req, res) => {
  if (!auditing) {
    auditing = true;
    process.on('loyalty:refund', (order) => refundAudit.push(`#${order.id} ${order.user} -${order.qty * 10}`));
  }
  res.json({ auditing, listeners: process.listenerCount('loyalty:refund') });
});

app.get('/audit/refunds', (req, res) => res.json({ refundAudit }));

app.get('/stock', (req, res) => res.json(inventory.levels()));

app.get('/feed', (req, res) => res.json({ feed: signals.feed, awarded: ledger.awarded, hooks: hooks.count() }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
