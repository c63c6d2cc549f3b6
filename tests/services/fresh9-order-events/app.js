// Order events: an EventEmitter subclass singleton; listener modules keep stats and a feed,
// routes publish through an orders module.
const express = require('express');
const bus = require('./lib/bus');
const orders = require('./lib/orders');
const getStats = require('./listeners/stats');
const activity = require('./listeners/activity');

const app = express();
app.use(express.json());

function validateOrder(req, res, next) {
  const { customer, lines } = req.body ?? {};
  if (typeof customer !== 'string' || !customer) return next(Object.assign(new Error('customer required'), { status: 400 }));
  if (!Array.isArray(lines) || lines.length === 0) return next(Object.assign(new Error('lines required'), { status: 400 }));
  for (const [i, l] of lines.entries()) {
    if (!(l?.qty > 0) || typeof l?.price !== 'number') {
      return next(Object.assign(new Error(`line ${i} invalid`), { status: 400 }));
    }
  }
  next();
}

app.post('/orders', validateOrder, (req, res) => {
  res.status(201).json(orders.createOrder(req.body));
});

app.post('/orders/:id/cancel', (req, res, next) => {
  const order = orders.cancelOrder(req.params.id);
  if (!order) return next(Object.assign(new Error('cannot cancel'), { status: 409 }));
  res.json(order);
});

app.get('/orders/:id', (req, res) => {
  const order = orders.findOrder(req.params.id);
  order ? res.json(order) : res.status(404).end();
});

app.get('/stats', (req, res) => res.json({ ...getStats(), published: bus.published }));
app.get('/activity', (req, res) => res.json({ recent: activity.recent(), firstBig: activity.firstBig(), listeners: bus.listenerCount('big-order') }));

app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ message: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
