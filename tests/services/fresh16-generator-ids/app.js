// Ids, tickets and workers handed out by generator objects kept as module state: an immediately
// invoked generator for order ids, a round-robin iterator over workers saved in a module variable
// (replaced by a request), a counter generator whose `next(value)` resets it, an async generator
// of ticket batches drained a few tickets per request, and one of reminders read one per request.
'use strict';
const express = require('express');
const { counter, cycle, ticketBatches } = require('./lib/sequences');

const app = express();
app.use(express.json());

const ids = (function* () {
  let i = 0;
  while (true) yield ++i;
})();

let workers = ['ana', 'ben', 'cy'];
let nextWorker = cycle(workers);
const invoiceNo = counter(1000, 10);
const batches = ticketBatches(3);
let pending = [];

const orders = new Map();

app.post('/orders', (req, res) => {
  const id = ids.next().value;
  const worker = nextWorker.next().value;
  const order = { id, item: req.body.item ?? 'unknown', worker };
  orders.set(id, order);
  res.status(201).json(order);
});

app.post('/orders/:id/invoice', (req, res) => {
  const order = orders.get(Number(req.params.id));
  if (!order) return res.status(404).json({ error: 'no order' });
  if (order.invoice) return res.status(409).json({ error: 'already invoiced', invoice: order.invoice });
  order.invoice = invoiceNo.next().value;
  res.json(order);
});

app.post('/invoices/reset', (req, res) => {
  const { value } = invoiceNo.next(Number(req.body.to ?? 0));
  res.json({ next: value });
});

app.put('/workers', (req, res) => {
  workers = req.body.workers;
  nextWorker = cycle(workers);
  res.json({ workers });
});

app.get('/tickets', async (req, res) => {
  const want = Number(req.query.n ?? 1);
  const out = [];
  while (out.length < want) {
    if (pending.length === 0) {
      const { value } = await batches.next();
      pending = value;
    }
    out.push(pending.shift());
  }
  res.json({ tickets: out, left: pending.length });
});

async function* reminders() {
  const texts = ['water plants', 'pay rent', 'call mum'];
  for (let round = 1; ; round++) {
    for (const text of texts) {
      await Promise.resolve();
      yield `${round}:${text}`;
    }
  }
}
const reminderFeed = reminders();

app.get('/reminders/next', async (req, res) => {
  const { value } = await reminderFeed.next();
  res.json({ reminder: value });
});

app.get('/orders', (req, res) => {
  res.json([...orders.values()]);
});

app.get('/peek', (req, res) => {
  const [a, b] = [ids.next().value, ids.next().value];
  res.json({ skipped: [a, b] });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
