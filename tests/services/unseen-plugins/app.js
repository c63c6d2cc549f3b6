import express from 'express';
import { fileURLToPath } from 'node:url';
import { list, find, register } from './registry.mjs';
import './plugins.mjs';

const app = express();

app.use((req, res, next) => {
  const ctx = { path: req.path, headers: {} };
  for (const plugin of list()) {
    if (plugin.enabled) plugin.onRequest?.(ctx);
  }
  res.set(ctx.headers);
  next();
});

app.get('/plugins', (req, res) => {
  res.json(list().map(({ name, enabled }) => ({ name, enabled, ...find(name).report() })));
});

app.post('/plugins/:name/toggle', (req, res) => {
  const plugin = find(req.params.name);
  if (!plugin) return res.status(404).json({ error: 'unknown plugin' });
  plugin.enabled = !plugin.enabled;
  res.json({ name: plugin.name, enabled: plugin.enabled });
});

app.post('/plugins/:name', (req, res) => {
  try {
    register({ name: req.params.name, report: () => ({ dynamic: true }) });
    res.status(201).json({ registered: req.params.name });
  } catch (err) {
    res.status(409).json({ error: err.message });
  }
});

app.get('/anything/:x', (req, res) => res.send(`ok ${req.params.x}`));

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
