// An in-process event bus (an EventEmitter subclass exported as a singleton)
// with subscribers in other modules: an audit log on '*', per-type counters
// with a `once` listener and a queueMicrotask-deferred "last settled" seq, a
// listener the app adds and removes at run time through routes.
const express = require('express');
const bus = require('./lib/bus');
const users = require('./lib/users');
const audit = require('./lib/audit');
const stats = require('./lib/stats');

const app = express();
app.use(express.json());

const watchers = new Map();

app.post('/users', (req, res) => {
  const name = req.body?.name?.trim();
  if (!name) return res.status(400).json({ error: 'name required' });
  res.status(201).json(users.create(name));
});

app.patch('/users/:id', (req, res) => {
  const result = users.rename(req.params.id, req.body?.name ?? '');
  return result ? res.json(result) : res.status(404).json({ error: 'no such user' });
});

app.delete('/users/:id', (req, res) => {
  const result = users.remove(req.params.id);
  return result ? res.json(result) : res.status(404).json({ error: 'no such user' });
});

app.post('/watchers/:name', (req, res) => {
  const { name } = req.params;
  if (watchers.has(name)) return res.status(409).json({ error: 'already watching' });
  const seen = [];
  const listener = (event) => seen.push(event.seq);
  watchers.set(name, { listener, seen });
  bus.on('user.renamed', listener);
  res.status(201).json({ watching: bus.listenerCount('user.renamed') });
});

app.delete('/watchers/:name', (req, res) => {
  const watcher = watchers.get(req.params.name);
  if (!watcher) return res.status(404).end();
  bus.off('user.renamed', watcher.listener);
  watchers.delete(req.params.name);
  res.json({ seen: watcher.seen, watching: bus.listenerCount('user.renamed') });
});

app.get('/stats', (req, res) => {
  res.json({
    published: bus.published,
    audit: { size: audit.size, recent: audit.recent(3) },
    ...stats.snapshot(),
    listeners: Object.fromEntries(bus.eventNames().map((n) => [n, bus.listenerCount(n)])),
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
