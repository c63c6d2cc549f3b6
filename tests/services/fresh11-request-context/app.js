// Request context with AsyncLocalStorage, as loggers and tracing do today: a middleware runs the
// rest of the chain in storage.run({ requestId, user }), and a logger module and a service read
// it with getStore() after awaits (timers/promises' setTimeout, a queueMicrotask promise).
'use strict';
const express = require('express');
const context = require('./lib/context');
const { log, lines } = require('./lib/logger');
const orders = require('./lib/orders');

const app = express();
app.use(express.json());
app.use(context.middleware);

app.post('/orders', async (req, res) => {
  const order = await orders.place(req.body.items ?? []);
  log('responding');
  res.status(201).json(order);
});

app.get('/whoami', (req, res) => res.json(context.current()));
app.get('/logs', (req, res) => res.json({ issued: context.issued, lines }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
