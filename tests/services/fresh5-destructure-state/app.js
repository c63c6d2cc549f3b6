// State written by destructuring assignment and Object.assign: a config patched
// with `Object.assign(settings, req.body)`, properties renamed into place
// (`({ host: cfg.host, port: cfg.port = 80, ...rest } = req.body)`), slot swaps and
// rotations (`[slots.primary, slots.backup] = [slots.backup, slots.primary]`),
// per-user preferences patched through a helper module (lib/prefs.js), and a
// counter pair advanced with `[stats.prev, stats.curr] = [stats.curr, ...]`.
const express = require('express');
const { prefsOf, applyLegacy, byUser } = require('./lib/prefs');

const settings = { mode: 'safe', retries: 1 };
const cfg = { host: 'localhost', port: 80, extra: {} };
const slots = { primary: 'a', backup: 'b', history: [] };
const stats = { prev: 0, curr: 1, steps: 0 };

const app = express();
app.use(express.json());

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
  let dropped;
  [dropped, slots.primary, slots.backup] = [slots.backup, req.body.value, slots.primary];
  slots.history.push(slots.primary);
  res.json({ dropped, ...slots });
});

app.post('/fib', (req, res) => {
  for (let i = 0; i < (req.body.steps ?? 1); i++) {
    [stats.prev, stats.curr] = [stats.curr, stats.prev + stats.curr];
    stats.steps++;
  }
  res.json(stats);
});

app.patch('/prefs/:user', (req, res) => {
  const prefs = prefsOf(req.params.user);
  if (req.query.legacy) applyLegacy(prefs, req.body);
  else Object.assign(prefs, req.body);
  res.json(prefs);
});

app.get('/prefs', (req, res) => res.json(Object.fromEntries(byUser)));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
