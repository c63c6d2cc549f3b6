// Runtime settings in a Proxy-based reactive store: the routes write the proxy (`state[key] = v`,
// `delete state[key]`, `Object.assign(state, patch)`) and the traps write a change log and call
// watchers registered by requests, which themselves write module counters; tenants keep their plan
// behind a setter over a `#private` field and their secrets in a WeakMap of another module.
'use strict';
const express = require('express');
const { reactive } = require('./lib/reactive');
const { Tenant } = require('./lib/secrets');

const app = express();
app.use(express.json());

const changes = [];
const { state: settings, watch } = reactive(
  { theme: 'light', pageSize: 20, maintenance: false },
  { onChange: (c) => changes.push(c) },
);
const unwatchers = new Map();
const seen = { theme: 0, pageSize: 0, maintenance: 0 };
let lastMaintenance = null;
const tenants = new Map();

watch('maintenance', (on) => {
  lastMaintenance = on ? 'entered' : 'left';
});

app.get('/settings', (req, res) => res.json({ settings, changes: changes.length }));

app.put('/settings/:key', (req, res) => {
  settings[req.params.key] = req.body.value;
  res.json({ settings, last: changes.at(-1) ?? null });
});

app.patch('/settings', (req, res) => {
  Object.assign(settings, req.body);
  res.json({ settings, changes: changes.length });
});

app.delete('/settings/:key', (req, res) => {
  delete settings[req.params.key];
  res.json({ settings, last: changes.at(-1) });
});

app.post('/watch/:key', (req, res) => {
  const key = req.params.key;
  if (unwatchers.has(key)) return res.status(409).json({ error: 'already watching' });
  unwatchers.set(key, watch(key, () => { seen[key] = (seen[key] ?? 0) + 1; }));
  res.json({ watching: [...unwatchers.keys()] });
});

app.delete('/watch/:key', (req, res) => {
  const stop = unwatchers.get(req.params.key);
  if (!stop) return res.status(404).json({ error: 'not watching' });
  stop();
  unwatchers.delete(req.params.key);
  res.json({ watching: [...unwatchers.keys()], seen });
});

app.post('/tenants', (req, res) => {
  const t = new Tenant(req.body.name);
  tenants.set(t.name, t);
  res.status(201).json({ tenant: t, secret: t.hint() });
});

app.put('/tenants/:name/plan', (req, res) => {
  const t = tenants.get(req.params.name);
  try {
    t.plan = req.body.plan;
    res.json(t);
  } catch (err) {
    res.status(400).json({ error: err.message, tenant: t });
  }
});

app.post('/tenants/:name/rotate', (req, res) => {
  const t = tenants.get(req.params.name);
  t.rotate();
  res.json({ tenant: t.name, secret: t.hint() });
});

app.get('/audit', (req, res) => {
  res.json({ changes, seen, lastMaintenance, tenants: [...tenants.values()].map((t) => [t.name, t.plan, t.hint()]) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
