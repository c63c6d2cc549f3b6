// A small wallet whose state is written by closures run later or run through another `this`:
// methods detached with `bind`, helpers run with `call`/`apply` on module objects, writes deferred
// with `setTimeout(fn, 0, arg)`, `setImmediate(fn, arg)`, `queueMicrotask`, `process.nextTick(fn, arg)`,
// an outbox drained by `setImmediate(drain, outbox, delivered)` (the module arrays are its arguments),
// and a `finally` callback counting settled payments; later requests read what they wrote.
'use strict';
const express = require('express');
const { ledger, audit } = require('./lib/ledger');

const app = express();
app.use(express.json());

const trail = { lines: [] };
const counters = { deferred: 0, micro: 0, ticks: 0, settled: 0, failed: 0 };
const pendingPayouts = [];

const credit = ledger.record.bind(ledger, 'credit');
const log = audit.bind(trail, 'log');

const outbox = [];
const delivered = [];

function drain(queue, sent) {
  while (queue.length) sent.push(queue.shift().toUpperCase());
}

function bump(name, by = 1) {
  counters[name] += by;
}

function settle(id, amount) {
  return new Promise((resolve, reject) => {
    if (amount > ledger.balance) reject(new Error(`insufficient funds for ${id}`));
    else resolve(ledger.record('debit', amount));
  });
}

app.post('/deposit', (req, res) => {
  const balance = credit(req.body.amount);
  log('deposit', req.body.amount);
  setTimeout(bump, 0, 'deferred');
  res.json({ balance });
});

app.post('/fees', (req, res) => {
  const fees = req.body.fees ?? [];
  const total = fees.reduce((a, b) => a + b, 0);
  const balance = ledger.record.apply(ledger, ['debit', total]);
  audit.apply(trail, ['fees', ...fees]);
  queueMicrotask(() => bump('micro', fees.length));
  res.json({ balance, total });
});

app.post('/payouts', (req, res) => {
  const id = `po-${pendingPayouts.length + 1}`;
  pendingPayouts.push({ id, amount: req.body.amount, status: 'pending' });
  process.nextTick((payoutId) => {
    const payout = pendingPayouts.find((p) => p.id === payoutId);
    payout.status = 'queued';
    bump('ticks');
  }, id);
  audit.call(trail, 'payout', id, req.body.amount);
  res.status(202).json({ id });
});

app.post('/payouts/run', (req, res) => {
  const queued = pendingPayouts.filter((p) => p.status === 'queued');
  Promise.allSettled(
    queued.map((p) =>
      settle(p.id, p.amount)
        .then((balance) => { p.status = 'paid'; return balance; })
        .catch((err) => { p.status = 'failed'; bump('failed'); throw err; })
        .finally(() => bump('settled')),
    ),
  ).then((results) => {
    res.json({
      ran: queued.map((p) => p.id),
      results: results.map((r) => r.status === 'fulfilled' ? r.value : r.reason.message),
    });
  });
});

app.post('/later', (req, res) => {
  setImmediate((note) => { log('later', note); }, req.body.note);
  res.status(202).json({ queued: req.body.note });
});

app.post('/outbox', (req, res) => {
  outbox.push(req.body.msg);
  if (outbox.length >= 2) setImmediate(drain, outbox, delivered);
  res.status(202).json({ waiting: outbox.length });
});

app.get('/outbox', (req, res) => {
  res.json({ waiting: outbox, delivered });
});

app.get('/state', (req, res) => {
  res.json({ balance: ledger.balance, entries: ledger.entries.length, counters, payouts: pendingPayouts, trail: trail.lines });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
