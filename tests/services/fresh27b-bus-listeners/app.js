// Orders published on a shared EventEmitter; every bit of state is written by listeners that
// modules in listeners/ register on the bus (loaded by a loop over a list of names): stock levels
// and backorders, a mail outbox (a `once` apology, a listener removed by a request), an audit trail
// registered with prependListener/prependOnceListener. The handlers only emit and read reports.
const express = require('express');
const bus = require('./lib/bus');

const app = express();
app.use(express.json());

const modules = {};
for (const name of ['audit', 'stock', 'mailer']) {
  modules[name] = require(`./listeners/${name}`)(bus);
}

const orders = new Map();
let nextId = 100;

app.post('/orders', (req, res) => {
  const order = { id: nextId++, customer: req.body.customer, items: req.body.items ?? [] };
  orders.set(order.id, order);
  bus.emit('order:placed', order);
  res.status(201).json({ id: order.id, listeners: bus.listenerCount('order:placed') });
});

app.delete('/orders/:id', (req, res) => {
  const order = orders.get(Number(req.params.id));
  if (!order) return res.status(404).json({ error: 'unknown order' });
  orders.delete(order.id);
  bus.emit('order:cancelled', order);
  res.status(204).end();
});

app.post('/mailer/mute', (req, res) => {
  modules.mailer.mute();
  res.json({ listeners: bus.listenerCount('order:placed') });
});

app.get('/reports/:name', (req, res) => {
  const mod = modules[req.params.name];
  if (!mod) return res.status(404).json({ error: 'no such module' });
  res.json(mod.report());
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
