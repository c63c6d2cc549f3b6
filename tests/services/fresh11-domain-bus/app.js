// A domain event bus: an EventEmitter subclass singleton (static private instance, private counters)
// whose listeners live in other modules: prependListener for an audit trail, once for a first-user
// mail, off/on to pause a loyalty program; listener counts reported.
'use strict';
const express = require('express');
const bus = require('./events/bus');
const audit = require('./listeners/audit');
const mailer = require('./listeners/mailer');
const loyalty = require('./listeners/loyalty');

const app = express();
app.use(express.json());

let nextOrder = 100;

app.post('/users', (req, res) => {
  const { email } = req.body ?? {};
  if (!email?.includes('@')) return res.status(422).json({ error: 'email required' });
  res.status(201).json(bus.publish('user.registered', { email }));
});

app.post('/orders', (req, res) => {
  const { email, total = 0 } = req.body;
  const orderId = nextOrder++;
  res.status(201).json(bus.publish('order.placed', { orderId, email, total }));
});

app.post('/loyalty/:action(pause|resume)', (req, res) => {
  const changed = loyalty[req.params.action]();
  res.json({ changed, paused: loyalty.paused, listeners: bus.counts('order.placed') });
});

app.get('/loyalty/:email', (req, res) => {
  res.json({ email: req.params.email, points: loyalty.points.get(req.params.email) ?? 0 });
});

app.get('/debug/bus', (req, res) => {
  res.json({
    published: bus.published,
    listeners: bus.counts('user.registered', 'order.placed', 'order.cancelled'),
    names: bus.eventNames(),
    recent: bus.recent,
  });
});

app.get('/audit', (req, res) => res.json(audit.trail));
app.get('/outbox', (req, res) => res.json({ sent: mailer.sent, last: mailer.outbox.at(-1), all: mailer.outbox }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
