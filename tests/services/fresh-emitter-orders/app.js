// An EventEmitter subclass for order events: on/once/off, listenerCount, a
// listener that re-emits, 'error' events with a handler, totals kept by listeners.
const express = require('express');
const EventEmitter = require('node:events');

class OrderBus extends EventEmitter {
  placed = 0;

  place(order) {
    this.placed++;
    this.emit('placed', order);
    if (order.total >= 100) this.emit('large', order);
    return this.placed;
  }
}

const bus = new OrderBus();
const stats = { revenue: 0, large: [], firstCustomer: null, errors: [] };
const audit = [];

bus.on('placed', ({ total }) => { stats.revenue += total; });
bus.once('placed', ({ customer }) => { stats.firstCustomer = customer; });
bus.on('large', (order) => {
  stats.large.push(order.id);
  bus.emit('audit', `large order ${order.id}`);
});
bus.on('error', (err) => { stats.errors.push(err.message); });

const auditor = (line) => audit.push(line);

const app = express();
app.use(express.json());

app.post('/orders', (req, res) => {
  const { customer, total } = req.body;
  if (!Number.isFinite(total) || total <= 0) {
    bus.emit('error', new Error(`bad total for ${customer}`));
    return res.status(400).json({ errors: stats.errors.length });
  }
  const id = bus.place({ id: bus.placed + 1, customer, total });
  res.status(201).json({ id, revenue: stats.revenue });
});

app.post('/audit/:state', (req, res) => {
  if (req.params.state === 'on') bus.on('audit', auditor);
  else bus.off('audit', auditor);
  res.json({ auditors: bus.listenerCount('audit') });
});

app.get('/stats', (req, res) => {
  res.json({
    ...stats,
    audit,
    listeners: Object.fromEntries(bus.eventNames().map((n) => [n, bus.listenerCount(n)])),
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
