// State written by deferred callbacks: a batcher coalescing marks into one `process.nextTick` flush,
// subscribers notified through `queueMicrotask`, `process.nextTick(fn, a, b)` arguments, promise
// continuations and `setImmediate`; a handler awaiting a turn of the loop answers
// the order they ran in (nextTick before promise jobs when called from an event, as Node runs them),
// another answers at once and the next request reads what its callbacks left.
'use strict';
const express = require('express');
const { setImmediate: nextTurn } = require('node:timers/promises');
const batcher = require('./lib/batcher');

const app = express();
app.use(express.json());

const counts = { views: 0, notified: 0, deferred: 0 };
const inbox = [];

batcher.subscribe((event) => {
  counts.notified += 1;
  inbox.push(`a:${event}`);
});
const unsubscribeB = batcher.subscribe((event) => {
  inbox.push(`b:${event}`);
  batcher.log.push(`sub-b:${event}`);
});

function note(label, n) {
  counts.deferred += n;
  batcher.log.push(`${label}+${n}`);
}

app.get('/pages/:page', (req, res) => {
  counts.views += 1;
  batcher.mark(req.params.page);
  batcher.mark('total');
  res.json({ views: counts.views, stats: batcher.stats() });
});

app.post('/order', async (req, res) => {
  const start = batcher.log.length;
  batcher.log.push('sync');
  setImmediate(() => batcher.log.push('immediate'));
  Promise.resolve().then(() => batcher.log.push('then'));
  queueMicrotask(() => batcher.log.push('microtask'));
  process.nextTick(note, 'tick', 2);
  batcher.mark('order');
  batcher.publish(`order-${req.body.id}`);
  await nextTurn();
  batcher.log.push('after-await');
  res.json({ order: batcher.log.slice(start), counts, inbox });
});

app.post('/fire', (req, res) => {
  // answered before any of these run; the next request sees them
  process.nextTick(() => { counts.deferred += 10; });
  queueMicrotask(() => { counts.deferred += 100; });
  batcher.publish(`fire-${req.body.id}`);
  res.json({ counts: { ...counts }, inbox: inbox.length });
});

app.post('/unsubscribe', (req, res) => {
  const removed = unsubscribeB();
  res.json({ removed, counts });
});

app.post('/nested', async (req, res) => {
  const start = batcher.log.length;
  process.nextTick(() => {
    batcher.log.push('tick-1');
    Promise.resolve().then(() => batcher.log.push('then-in-tick'));
    process.nextTick(() => batcher.log.push('tick-in-tick'));
  });
  Promise.resolve().then(() => {
    batcher.log.push('then-1');
    process.nextTick(() => batcher.log.push('tick-in-then'));
    queueMicrotask(() => batcher.log.push('micro-in-then'));
  });
  await nextTurn();
  res.json({ order: batcher.log.slice(start) });
});

app.get('/state', (req, res) => {
  res.json({ counts, inbox, flushed: batcher.flushed, stats: batcher.stats(), logLength: batcher.log.length });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
