// User profiles whose state is written with logical assignment (`index[tag] ??= []` in a helper,
// `stats[route] ||= {...}`, `user.flags &&= ...`, `settings.theme ||= ...`), a primary/backup
// pair swapped by destructuring assignment of module variables, and helpers of another module
// writing through `Object.assign`, `Reflect.set` and `Array.prototype.push.apply`.
'use strict';
const express = require('express');
const { applyPatch, setField, appendAll, bucket } = require('./lib/patch');
const stats = require('./lib/stats');

const app = express();
app.use(express.json());

const users = new Map();
const byTag = {};
const auditLog = [];
let primary = { name: 'alpha', served: 0 };
let backup = { name: 'beta', served: 0 };
let nextId = 1;

app.post('/users', (req, res) => {
  const user = { id: nextId++, name: req.body.name, flags: req.body.flags ?? null, settings: {} };
  users.set(user.id, user);
  for (const tag of req.body.tags ?? []) bucket(byTag, tag).push(user.id);
  appendAll(auditLog, [`create:${user.id}`]);
  primary.served++;
  res.status(201).json(user);
});

app.get('/users/:id', (req, res) => {
  const user = users.get(Number(req.params.id));
  if (!user) {
    stats.miss('user');
    return res.status(404).json({ error: 'not found' });
  }
  stats.hit('user');
  user.settings.theme ||= 'light';
  user.settings.visits = (user.settings.visits ?? 0) + 1;
  res.json(user);
});

app.patch('/users/:id', (req, res) => {
  const user = users.get(Number(req.params.id));
  if (!user) return res.status(404).json({ error: 'not found' });
  applyPatch(user, req.body);
  appendAll(auditLog, Object.keys(req.body).map((k) => `patch:${user.id}:${k}`));
  res.json(user);
});

app.post('/users/:id/flags', (req, res) => {
  const user = users.get(Number(req.params.id));
  if (!user) return res.status(404).json({ error: 'not found' });
  // only users that already have flags get them upgraded
  user.flags &&= { ...user.flags, ...req.body };
  user.settings.lastFlagCheck ??= auditLog.length;
  res.json({ id: user.id, flags: user.flags, settings: user.settings });
});

app.put('/users/:id/settings/:key', (req, res) => {
  const user = users.get(Number(req.params.id));
  if (!user) return res.status(404).json({ error: 'not found' });
  const ok = setField(user.settings, req.params.key, req.body.value);
  res.json({ ok, settings: user.settings });
});

app.post('/failover', (req, res) => {
  [primary, backup] = [backup, primary];
  primary.served++;
  res.json({ primary: primary.name, backup: backup.name });
});

app.get('/tags/:tag', (req, res) => {
  res.json({ tag: req.params.tag, users: bucket(byTag, req.params.tag) });
});

app.get('/report', (req, res) => {
  res.json({ stats: stats.stats, primary, backup, audit: auditLog, tags: Object.keys(byTag) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
