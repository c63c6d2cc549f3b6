// Message boards whose module state is written through optional chaining and logical assignment in
// helpers: `boards.get(id)?.push(msg)`, `watchers?.[event]?.forEach(fn => fn(data))` where the watchers
// are a digest object's bound method and arrows bumping counters with `??=`, optional plugin hooks
// called as `plugins[name]?.[hook]?.(...)` beside a table of hook arrays run by
// `lifecycle?.[hook]?.forEach((fn) => fn(...args))`, `(byAuthor[a] ||= {...}).posts++`, and watchers
// added and removed by requests through an unsubscribe closure kept in a Map.
'use strict';
const express = require('express');
const registry = require('./lib/registry');
const digest = require('./lib/digest');
const metrics = require('./lib/metrics');
const plugins = require('./lib/plugins');

const app = express();
app.use(express.json());

const alerts = [];
const unsubscribers = new Map();

app.post('/boards/:id', (req, res) => {
  const existed = registry.boards.has(req.params.id);
  registry.open(req.params.id);
  const hooks = existed ? 0 : plugins.run('onOpen', req.params.id);
  res.status(existed ? 200 : 201).json({ board: req.params.id, existed, hooks });
});

app.post('/boards/:id/messages', (req, res) => {
  const message = { author: req.body.author ?? 'anon', text: req.body.text };
  const length = registry.post(req.params.id, message);
  if (!length) return res.status(404).json({ error: 'no such board', board: req.params.id });
  const notified = registry.emit('post', { board: req.params.id, message });
  res.status(201).json({ length, notified });
});

app.post('/boards/:id/take', (req, res) => {
  const message = registry.take(req.params.id);
  registry.emit('take', { board: req.params.id, message });
  res.json({ message: message ?? null });
});

app.delete('/boards/:id', (req, res) => {
  const items = registry.boards.get(req.params.id);
  if (!items) return res.status(404).json({ error: 'no such board' });
  const hooks = plugins.run('onClose', req.params.id, items);
  registry.boards.delete(req.params.id);
  res.json({ closed: req.params.id, hooks });
});

app.post('/watch/:event', (req, res) => {
  const { event } = req.params;
  const label = req.body.label;
  const off = registry.on(event, (data) => alerts.push(`${label}:${event}:${data.board}`));
  unsubscribers.set(label, off);
  res.status(201).json({ label, watching: event });
});

app.delete('/watch/:label', (req, res) => {
  const off = unsubscribers.get(req.params.label);
  off?.();
  const removed = unsubscribers.delete(req.params.label);
  res.json({ removed });
});

app.get('/digest', (req, res) => {
  res.json({ lines: digest.lines, byAuthor: digest.byAuthor, sizes: registry.sizes() });
});

app.get('/report', (req, res) => {
  res.json({ metrics: metrics.snapshot(), alerts, closed: plugins.closed, history: plugins.history, watching: [...unsubscribers.keys()] });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
