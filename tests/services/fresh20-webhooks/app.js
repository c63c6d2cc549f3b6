// A webhook receiver and relay: incoming events are deduplicated by their `x-event-id` in a Set,
// stored, then forwarded to subscribers through a retrier made by a factory (exponential backoff
// with setTimeout, attempts recorded on the delivery object); the subscribers are fake endpoints that
// fail their first N calls, each delivery carrying a `crypto.randomUUID()` idempotency key (the
// global Web Crypto) its retries repeat; dead letters after `maxAttempts`. Deliveries are read by later requests.
'use strict';
const express = require('express');
const hooks = require('./routes/hooks');
const deliveries = require('./lib/deliveries');

const app = express();
app.use(express.json());
app.use('/hooks', hooks);

app.get('/deliveries', (req, res) => {
  const { status } = req.query;
  res.json(deliveries.list(status));
});

app.get('/deliveries/:id', (req, res) => {
  const d = deliveries.get(Number(req.params.id));
  d ? res.json(d) : res.status(404).json({ error: 'no delivery' });
});

app.get('/stats', (req, res) => res.json({ ...deliveries.stats, keys: require('./lib/subscribers').keysSeen() }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
