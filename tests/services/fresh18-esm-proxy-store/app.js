// A Proxy-based reactive store in ES modules: `Object.assign` onto the proxy runs its set trap
// (a change log and watchers writing derived state), `Reflect.set` and `Reflect.apply` from
// handlers, a delete trap, and an unwatch function kept in a module variable.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { settings, derived, patch, reset } from './lib/settings.js';
import { changes, watch } from './lib/reactive.js';

const app = express();
app.use(express.json());

let betaFlips = 0;
let unwatchBeta = watch('beta', () => {
  betaFlips++;
});

app.get('/settings', (req, res) => {
  res.json({ settings: { ...settings }, derived, changes: changes.length });
});

app.patch('/settings', (req, res) => {
  const result = patch(req.body ?? {});
  res.json({ settings: { ...result }, derived });
});

app.put('/settings/:key', (req, res) => {
  const ok = Reflect.set(settings, req.params.key, req.body.value);
  res.json({ ok, value: settings[req.params.key], betaFlips });
});

app.delete('/settings/:key', (req, res) => {
  const had = req.params.key in settings;
  delete settings[req.params.key];
  res.json({ had, keys: Object.keys(settings) });
});

app.post('/settings/reset', (req, res) => {
  Reflect.apply(reset, null, []);
  res.json({ settings: { ...settings }, derived });
});

app.post('/beta/unwatch', (req, res) => {
  const removed = unwatchBeta?.() ?? false;
  unwatchBeta = null;
  res.json({ removed, betaFlips });
});

app.get('/changes', (req, res) => {
  res.json({ changes, betaFlips });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
