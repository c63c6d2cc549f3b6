// Orders driven by an EventEmitter subclass: the bus counts what it publishes in an overridden
// emit, listener modules (inventory, mailer, metrics) subscribe from a table with
// Object.entries(...).forEach, one listener removes itself after three events, the routes emit
// through a `notify(...args)` helper that applies emit, and the ship route awaits `events.once`
// for an event a warehouse emits from setImmediate.
'use strict';
const express = require('express');
const bus = require('./lib/bus');
require('./listeners/inventory');
require('./listeners/mailer');
require('./listeners/metrics');
const orders = require('./routes/orders');

const app = express();
app.use(express.json());
app.use('/orders', orders);

app.get('/bus', (req, res) => {
  res.json({
    published: bus.published,
    listeners: bus.eventNames().map((name) => `${name}:${bus.listenerCount(name)}`),
  });
});

app.get('/report', (req, res) => {
  res.json({
    stock: require('./listeners/inventory').levels(),
    outbox: require('./listeners/mailer').outbox,
    metrics: require('./listeners/metrics').snapshot(),
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
