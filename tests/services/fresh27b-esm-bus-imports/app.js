// The ES module twin of fresh27b-bus-listeners on Express 5: the listener modules are loaded by a
// top-level-await loop of `import()`s of computed names, one form destructuring the default export,
// the other calling `(await import(...)).default(bus)`; every bit of state is written by the
// listeners they register on the bus (stock levels and backorders, a mail outbox with a `once`
// apology and a listener a request removes, an audit trail registered with prependListener).
import express from 'express';
import { fileURLToPath } from 'node:url';
import bus from './lib/bus.js';

const app = express();
app.use(express.json());

const modules = {};
const plugins = [{ name: 'audit' }, { name: 'stock' }];
for (const name of plugins.map((p) => p.name)) {
  const { default: register } = await import(`./listeners/${name}.js`);
  modules[name] = register(bus);
}
for (const name of ['mailer']) {
  modules[name] = (await import('./listeners/' + name + '.js')).default(bus);
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

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
