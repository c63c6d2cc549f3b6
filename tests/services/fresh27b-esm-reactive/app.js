// Settings held in a Proxy-based observable (reactive(obj) with set/deleteProperty traps using
// Reflect.set, writing a module change log and notifying watchers), a quota object whose setter
// validates against the reactive limits and writes a private field, and a watcher collecting the
// touched sections. Handlers only assign properties: every write goes through a trap or an accessor.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { settings, quota, touchedSections } from './lib/settings.js';
import { changeLog } from './lib/reactive.js';

const app = express();
app.use(express.json());

app.get('/settings', (req, res) => res.json(settings));

app.patch('/settings/{*path}', (req, res) => {
  const keys = req.params.path;
  let target = settings;
  for (const k of keys.slice(0, -1)) {
    if (typeof target[k] !== 'object') return res.status(404).json({ error: `no section ${k}` });
    target = target[k];
  }
  target[keys.at(-1)] = req.body.value;
  res.json({ changes: changeLog().length });
});

app.delete('/settings/flags/:flag', (req, res) => {
  delete settings.flags[req.params.flag];
  res.json(settings.flags);
});

app.post('/usage', (req, res) => {
  quota.used += Number(req.body.amount ?? 0);
  res.json({ used: quota.used, left: quota.left, rejected: quota.rejected });
});

app.get('/changes', (req, res) => {
  const since = Number(req.query.since ?? 0);
  res.json({ changes: changeLog().filter((c) => c.n > since), sections: touchedSections() });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
