// eventemitter2 6: an order bus with wildcards (`order.*`, `**`), namespaced events as
// arrays, `many(n)`, `once`, `prependListener`, `onAny`/`offAny`, listeners added and removed
// by requests (kept by name in a module Map), `emitAsync` awaiting async listeners, and the
// counts the listeners keep in module state.
const express = require('express');
const { EventEmitter2 } = require('eventemitter2');

const bus = new EventEmitter2({ wildcard: true, delimiter: '.', maxListeners: 20 });
const log = [];
const totals = { created: 0, paid: 0, revenue: 0 };
const hooks = new Map();

bus.on('order.created', (order) => { totals.created += 1; log.push(`created ${order.id}`); });
bus.on('order.paid', (order) => { totals.paid += 1; totals.revenue += order.amount; });
bus.on('order.*', function (order) { log.push(`any order event ${this.event} ${order.id}`); });
bus.prependListener('order.created', (order) => log.push(`first sees ${order.id}`));
bus.many('order.paid', 2, (order) => log.push(`early payer ${order.id}`));
bus.once('**', () => log.push('very first event'));
bus.on('order.audit', async (order) => {
  await new Promise((resolve) => setTimeout(resolve, 2));
  return `audited ${order.id}`;
});

const app = express();
app.use(express.json());

app.post('/orders/:id/:event', (req, res) => {
  const order = { id: req.params.id, amount: Number(req.body.amount || 0) };
  const had = bus.emit(['order', req.params.event], order);
  res.json({ had, totals, listeners: bus.listeners(`order.${req.params.event}`).length });
});

app.post('/hooks/:name', (req, res) => {
  const name = req.params.name;
  if (hooks.has(name)) return res.status(409).json({ error: 'exists' });
  const seen = [];
  const fn = (event, value) => seen.push(`${event}:${value && value.id}`);
  bus.onAny(fn);
  hooks.set(name, { fn, seen });
  res.status(201).json({ hooks: [...hooks.keys()], any: bus.listenersAny().length });
});

app.delete('/hooks/:name', (req, res) => {
  const hook = hooks.get(req.params.name);
  if (!hook) return res.status(404).json({ error: 'no hook' });
  bus.offAny(hook.fn);
  hooks.delete(req.params.name);
  res.json({ seen: hook.seen, any: bus.listenersAny().length });
});

app.post('/audit/:id', async (req, res) => {
  const results = await bus.emitAsync('order.audit', { id: req.params.id });
  res.json({ results });
});

app.get('/log', (req, res) => {
  res.json({ log, totals, names: bus.eventNames().map(String).sort(), hooks: Object.fromEntries([...hooks].map(([k, h]) => [k, h.seen])) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
