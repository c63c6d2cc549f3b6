// Jobs on an EventEmitter with `captureRejections` (an async listener's rejection goes to the board's
// `Symbol.for('nodejs.rejection')` method), AbortControllers per job and per group joined by `AbortSignal.any`
// whose 'abort' listeners and `onabort` write the job, `events.once(board, 'done', { signal })` awaited by a held
// request and given up by a later one, `events.on` read with `for await` inside one request, and a `once`
// listener removed with `off` by the function it was given.
'use strict';
const express = require('express');
const { once, on } = require('node:events');
const { board } = require('./lib/jobs');
const listeners = require('./lib/listeners');

const app = express();
app.use(express.json());

const waits = new Map();

app.post('/jobs', (req, res) => {
  const job = board.add(req.body.title, req.body.group ?? 'default');
  res.status(201).json(board.view(job));
});

app.post('/jobs/:id/done', (req, res) => {
  const job = board.finish(Number(req.params.id));
  if (!job) return res.status(409).json({ error: 'not queued' });
  res.json(board.view(job));
});

app.delete('/jobs/:id', (req, res) => {
  const job = board.cancel(Number(req.params.id), req.query.by ?? 'api');
  if (!job) return res.status(409).json({ error: 'not cancellable' });
  res.json(board.view(job));
});

app.delete('/groups/:name', (req, res) => {
  board.cancelGroup(req.params.name, 'ops');
  res.json({ jobs: [...board.jobs.values()].map((j) => `${j.id}:${j.state}:${j.reason}`) });
});

app.get('/waits/:name', async (req, res) => {
  const controller = new AbortController();
  waits.set(req.params.name, controller);
  try {
    const [job] = await once(board, 'done', { signal: controller.signal });
    res.json({ waited: req.params.name, done: job.id });
  } catch (err) {
    res.status(499).json({ waited: req.params.name, error: err.name, code: err.code });
  } finally {
    waits.delete(req.params.name);
  }
});

app.delete('/waits/:name', (req, res) => {
  const controller = waits.get(req.params.name);
  if (!controller) return res.status(404).json({ error: 'no wait' });
  controller.abort();
  res.json({ aborted: req.params.name });
});

app.post('/burst', async (req, res) => {
  const controller = new AbortController();
  const ticks = on(board, 'tick', { signal: controller.signal });
  for (const n of req.body.values) board.emit('tick', n);
  const seen = [];
  for await (const [n] of ticks) {
    seen.push(n);
    if (seen.length === req.body.values.length) break;
  }
  res.json({ seen, listeners: board.listenerCount('tick') });
});

app.delete('/listeners/first-done', (req, res) => {
  const before = board.rawListeners('done').length;
  board.off('done', listeners.onFirstDone);
  res.json({ before, after: board.rawListeners('done').length });
});

app.post('/listeners/first-done', (req, res) => {
  board.once('done', listeners.onFirstDone);
  res.json({ raw: board.rawListeners('done').map((l) => (l.listener ? `once:${l.listener.name}` : l.name || 'anonymous')) });
});

app.get('/state', (req, res) => {
  res.json({
    jobs: [...board.jobs.values()].map((j) => board.view(j)),
    groups: [...board.groups.keys()],
    rejections: board.rejections,
    aborts: board.aborts,
    audit: listeners.audit,
    counts: listeners.counts,
    firstDone: listeners.firstDone,
    listening: Object.fromEntries(board.eventNames().filter((e) => typeof e === 'string').map((e) => [e, board.listenerCount(e)])),
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
