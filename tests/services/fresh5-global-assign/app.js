// State on the global object (`globalThis.__registry` from lib/registry.js,
// `global.requestCount`), a settings object patched with
// `Object.assign(settings, req.body)`, and state written by destructuring
// assignment: swaps (`[store.a, store.b] = [store.b, store.a]`), renames into
// properties (`({ host: cfg.host, port: cfg.port = 80 } = req.body)`) and rest.
const express = require('express');
const { register, hit } = require('./lib/registry');

global.requestCount = 0;
const settings = { mode: 'safe', retries: 1 };
const cfg = { host: 'localhost', port: 80, extra: {} };
const slots = { primary: 'a', backup: 'b', history: [] };

const app = express();
app.use(express.json());
app.use((req, res, next) => {
  global.requestCount++;
  next();
});

app.post('/services/:name', (req, res) => res.status(201).json(register(req.params.name, req.body)));

app.get('/services/:name', (req, res) => {
  const found = globalThis.__registry.services[req.params.name];
  res.status(found ? 200 : 404).json({ found: found ?? null, hits: hit() });
});

app.patch('/settings', (req, res) => {
  const before = { ...settings };
  Object.assign(settings, req.body, { patched: (settings.patched ?? 0) + 1 });
  res.json({ before, after: settings });
});

app.put('/cfg', (req, res) => {
  let rest;
  ({ host: cfg.host, port: cfg.port = 80, ...rest } = req.body);
  cfg.extra = { ...cfg.extra, ...rest };
  res.json(cfg);
});

app.post('/swap', (req, res) => {
  [slots.primary, slots.backup] = [slots.backup, slots.primary];
  slots.history.push(slots.primary);
  res.json(slots);
});

app.post('/rotate', (req, res) => {
  const incoming = req.body.value;
  let dropped;
  [dropped, slots.primary, slots.backup] = [slots.backup, incoming, slots.primary];
  slots.history.push(slots.primary);
  res.json({ dropped, ...slots });
});

app.get('/globals', (req, res) => {
  res.json({
    requests: global.requestCount,
    same: globalThis.requestCount === global.requestCount,
    services: Object.keys(globalThis.__registry.services),
    hits: globalThis.__registry.hits,
    settings,
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
