// Notifications: an eventemitter3 subclass as the domain bus (listeners with a context, once,
// removeListener by function and context, eventNames, listenerCount) and a mitt bus for the
// audit trail (a '*' handler, handlers added and removed by requests). The service's state:
// inboxes, an audit log and counters written by the listeners.
const express = require('express');
const EventEmitter = require('eventemitter3');
const mitt = require('mitt');

class OrderBus extends EventEmitter {
  placed(order) {
    this.emit('order:placed', order);
    return this.listenerCount('order:placed');
  }
}

const bus = new OrderBus();
const audit = mitt();
const inboxes = {};
const trail = [];
const stats = { placed: 0, shipped: 0, firstOrder: null };

audit.on('*', (type, event) => trail.push(`${type}:${event.id}`));

class Mailer {
  constructor(name) {
    this.name = name;
    this.sent = 0;
  }

  notify(order) {
    this.sent += 1;
    (inboxes[order.customer] = inboxes[order.customer] || []).push(`${this.name}: order ${order.id} placed`);
    audit.emit('mail', { id: order.id });
  }
}

const mailer = new Mailer('mailer');
bus.on('order:placed', mailer.notify, mailer);
bus.on('order:placed', () => { stats.placed += 1; });
bus.once('order:placed', (order) => { stats.firstOrder = order.id; });
bus.on('order:shipped', function shipped(order) {
  stats.shipped += 1;
  audit.emit('ship', { id: order.id });
});

const watchers = {};
let nextOrder = 100;

const app = express();
app.use(express.json());

app.post('/orders', (req, res) => {
  const order = { id: nextOrder++, customer: req.body.customer, total: req.body.total };
  const listeners = bus.placed(order);
  res.status(201).json({ order, listeners });
});

app.post('/orders/:id/ship', (req, res) => {
  const delivered = bus.emit('order:shipped', { id: Number(req.params.id) });
  res.json({ delivered, stats });
});

app.post('/watch/:name', (req, res) => {
  if (watchers[req.params.name]) return res.status(409).json({ error: 'already watching' });
  const handler = (event) => {
    (inboxes[req.params.name] = inboxes[req.params.name] || []).push(`watch: ${event.id}`);
  };
  watchers[req.params.name] = handler;
  audit.on('ship', handler);
  res.status(201).json({ watchers: Object.keys(watchers), shipHandlers: audit.all.get('ship').length });
});

app.delete('/watch/:name', (req, res) => {
  const handler = watchers[req.params.name];
  if (!handler) return res.status(404).json({ error: 'not watching' });
  audit.off('ship', handler);
  delete watchers[req.params.name];
  res.json({ watchers: Object.keys(watchers), shipHandlers: audit.all.get('ship').length });
});

app.post('/mute', (req, res) => {
  bus.removeListener('order:placed', mailer.notify, mailer);
  res.json({ events: bus.eventNames(), placed: bus.listenerCount('order:placed') });
});

app.get('/inbox/:name', (req, res) => {
  res.json(inboxes[req.params.name] || []);
});

app.get('/stats', (req, res) => {
  res.json({ stats, sent: mailer.sent, trail, events: bus.eventNames(), auditTypes: [...audit.all.keys()] });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
