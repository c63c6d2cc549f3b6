// Reading every page of a cursor-paginated remote with a plain `do ... while`
// loop of awaits, a timeout helper racing a timer that never wins (cleared in
// `finally`) and one that does, totals kept per customer between requests.
const express = require('express');
const remote = require('./lib/remote');

const app = express();
app.use(express.json());

class TimeoutError extends Error {
  constructor(label, ms) {
    super(`${label} took longer than ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

const timers = { started: 0, cleared: 0 };

function withTimeout(promise, ms, label = 'operation') {
  let handle;
  timers.started += 1;
  const timeout = new Promise((_, reject) => {
    handle = setTimeout(() => reject(new TimeoutError(label, ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(handle);
    timers.cleared += 1;
  });
}

const totals = new Map(); // customer -> { orders, amount }
let syncs = 0;

async function fetchAll(limit) {
  const all = [];
  let cursor = 0;
  do {
    const page = await remote.listOrders({ cursor, limit });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return all;
}

app.post('/sync', async (req, res, next) => {
  try {
    const orders = await withTimeout(fetchAll(Number(req.query.limit) || 5), 30_000, 'sync');
    totals.clear();
    for (const { customer, total } of orders) {
      const t = totals.get(customer) ?? { orders: 0, amount: 0 };
      t.orders += 1;
      t.amount += total;
      totals.set(customer, t);
    }
    syncs += 1;
    res.json({ sync: syncs, orders: orders.length, last: orders.at(-1).id, pages: remote.metrics.pages });
  } catch (err) {
    next(err);
  }
});

app.get('/totals', (req, res) => {
  const rows = [...totals].map(([customer, t]) => ({ customer, ...t }));
  rows.sort((a, b) => b.amount - a.amount);
  res.json({ syncs, rows });
});

app.get('/totals/:customer', (req, res) => {
  const t = totals.get(req.params.customer);
  if (!t) return res.status(404).json({ error: 'unknown customer (sync first?)' });
  res.json({ customer: req.params.customer, ...t, average: Math.round(t.amount / t.orders) });
});

app.post('/orders', (req, res) => {
  const { customer, total } = req.body ?? {};
  if (!customer || !(total > 0)) return res.status(400).json({ error: 'customer and total required' });
  res.status(201).json(remote.addOrder(customer, total));
});

app.get('/report', async (req, res) => {
  const ms = Number(req.query.ms ?? 5);
  try {
    const report = await withTimeout(remote.slowReport(ms), 50, 'report');
    res.json(report);
  } catch (err) {
    res.status(err instanceof TimeoutError ? 504 : 500).json({ error: err.message });
  }
});

app.get('/timers', (req, res) => res.json({ ...timers, slowCalls: remote.metrics.slowCalls }));

app.use((err, req, res, next) => {
  res.status(500).json({ error: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
