// Orders on an event bus, as ES modules: an EventEmitter subclass overriding emit to count
// deliveries; a billing singleton whose bound method is an async listener writing after an
// awaited timer, plus a prepended arrow listener changing the order; a shipping module whose
// listener removes itself with off() after three orders and emits 'error' to a listener writing
// the bus; a `once` listener armed by a request and cleared by itself.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { bus } from './bus/index.js';
import billing from './handlers/billing.js';
import { shipments, watchVip } from './handlers/shipping.js';

const app = express();
app.use(express.json());
let nextOrder = 100;

app.post('/orders', (req, res) => {
  const order = { id: nextOrder++, items: req.body.items ?? [] };
  bus.emit('placed', order, { express: req.body.express });
  res.status(201).json({ order, listeners: bus.listenerCount('placed') });
});

app.post('/vip', (req, res) => res.json({ armed: watchVip(), listeners: bus.listenerCount('placed') }));

app.get('/state', (req, res) => {
  res.json({ invoices: billing.invoices, pending: billing.pendingCharges, shipments, delivered: bus.delivered,
    lastError: bus.lastError ?? null });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
