// Module state written through accessors: a settings object whose getters and setters close over
// module `let`s (assigned directly, through `Object.assign`, through `Reflect.set` and read by
// spreading), a `defineProperty` accessor, and class instances whose setter (`g.level += 5`,
// `Reflect.set`) writes private fields and static totals.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { settings, history, undoFont, gauges, Gauge } from './settings.js';

const app = express();
app.use(express.json());

app.get('/settings', (req, res) => {
  res.json({ ...settings, previous: settings.previousFontSize });
});

app.put('/settings/theme', (req, res) => {
  try {
    settings.theme = req.body.theme;
    res.json({ theme: settings.theme, changes: settings.changes });
  } catch (err) {
    res.status(400).json({ error: err.name, message: err.message });
  }
});

app.put('/settings/font', (req, res) => {
  try {
    const ok = Reflect.set(settings, 'fontSize', req.body.size);
    res.json({ ok, fontSize: settings.fontSize });
  } catch (err) {
    res.status(400).json({ error: err.name, message: err.message });
  }
});

app.patch('/settings', (req, res) => {
  try {
    Object.assign(settings, req.body);
    res.json(settings);
  } catch (err) {
    res.status(422).json({ error: err.message, now: JSON.parse(JSON.stringify(settings)) });
  }
});

app.post('/settings/font/undo', (req, res) => {
  res.json({ dropped: undoFont(), fontSize: settings.fontSize });
});

app.get('/settings/history', (req, res) => res.json(history()));

app.post('/gauges/:name/add', (req, res) => {
  const gauge = gauges[req.params.name];
  if (!gauge) return res.status(404).json({ error: 'no such gauge' });
  gauge.level += Number(req.body.by ?? 1);
  res.json({ level: gauge.level, total: Gauge.total });
});

app.put('/gauges/:name', (req, res) => {
  const gauge = gauges[req.params.name];
  if (!gauge) return res.status(404).json({ error: 'no such gauge' });
  Reflect.set(gauge, 'level', req.body.level);
  res.json({ level: gauge.level, total: Gauge.total });
});

app.get('/gauges', (req, res) => {
  const levels = Object.fromEntries(Object.entries(gauges).map(([k, g]) => [k, g.level]));
  res.json({ levels, total: Gauge.total, writes: Gauge.writes });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
