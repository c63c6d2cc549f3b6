// Module state written by array callbacks: `forEach(fn, totals)` writing through `this`, `map`
// with a function as thisArg bumping its `seq`, `reduce` folding into a module accumulator, and
// `structuredClone` snapshots beside a snapshot kept by reference.
'use strict';
const express = require('express');
const { totals, history, record } = require('./lib/tally');

const app = express();
app.use(express.json());

const biggest = {};
const snapshots = [];
let live = null;

app.post('/expenses', (req, res) => {
  const list = Array.isArray(req.body) ? req.body : [req.body];
  record(list);
  list.reduce((acc, e) => {
    if ((acc[e.category]?.amount ?? -Infinity) < e.amount) acc[e.category] = { note: e.note, amount: e.amount };
    return acc;
  }, biggest);
  res.status(201).json({ totals, seq: record.seq });
});

app.get('/expenses', (req, res) => {
  const over = Number(req.query.over ?? 0);
  const found = history.filter(function (e) { return e.amount > this.over; }, { over });
  res.json({ found, biggest });
});

app.post('/snapshots', (req, res) => {
  snapshots.push(structuredClone(totals));
  live ??= totals;
  res.status(201).json({ snapshots: snapshots.length });
});

app.get('/snapshots', (req, res) => {
  res.json({ snapshots, live, same: live === totals });
});

app.post('/rebase', (req, res) => {
  const base = snapshots.at(-1);
  if (!base) return res.status(409).json({ error: 'no snapshot' });
  Object.assign(totals, structuredClone(base));
  res.json({ totals, live });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
