// Express 5 async handlers that just throw: rejected promises reach the error middleware,
// which counts errors by class (lib/error-stats.js). A task repository singleton with
// private fields, res.status() validation in Express 5, and a rejection without a reason.
const express = require('express');
const tasks = require('./lib/tasks');
const stats = require('./lib/error-stats');
const { AppError, ValidationError } = require('./lib/errors');

const app = express();
app.use(express.json());

app.get('/tasks', async (req, res) => {
  const { done } = req.query;
  let list = tasks.list();
  if (done !== undefined) list = list.filter((t) => String(t.done) === done);
  res.json({ count: tasks.size, tasks: list });
});

app.post('/tasks', async (req, res) => {
  const task = await tasks.create(req.body);
  res.status(201).location(`/tasks/${task.id}`).json(task);
});

app.get('/tasks/:id', async (req, res) => {
  res.json(await tasks.get(req.params.id));
});

app.post('/tasks/:id/complete', async (req, res) => {
  const task = await tasks.complete(req.params.id);
  res.json(task);
});

// Someone passes a status code from user input; Express 5 throws on invalid codes.
app.get('/echo-status/:code', (req, res) => {
  res.status(Number(req.params.code)).json({ ok: true });
});

app.get('/explode', async () => {
  await null;
  throw new TypeError('boom');
});

app.get('/reject', () => Promise.reject());

app.get('/errors', (req, res) => res.json(stats.snapshot()));
app.delete('/errors', (req, res) => {
  stats.reset();
  res.sendStatus(204);
});

app.use((req, res) => {
  res.status(404).json({ error: 'NotFound', path: req.path });
});

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  stats.record(err, req);
  if (err instanceof AppError && err.expose) {
    const body = { error: err.name, message: err.message };
    if (err instanceof ValidationError) body.field = err.field;
    return res.status(err.status).json(body);
  }
  if (err?.type === 'entity.parse.failed') {
    return res.status(400).json({ error: 'BadJson', detail: err.message });
  }
  res.status(500).json({ error: 'Internal', kind: err?.constructor?.name, message: err?.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
