// A plugin registry under `Symbol.for` on globalThis, instances whose enabled flag is a Symbol-keyed
// property and whose version and call counts live in a WeakMap, a class with a static private
// counter and a static Map set up in a `static {}` block.
'use strict';
const express = require('express');
const { Plugin, register, REGISTRY } = require('./lib/registry');

const app = express();
app.use(express.json());

register('markdown', '1.0.0');

app.get('/plugins', (req, res) => {
  const all = Object.values(globalThis[REGISTRY]);
  res.json({ plugins: all, created: Plugin.created, indexed: [...Plugin.byName.keys()] });
});

app.post('/plugins', (req, res) => {
  const before = Plugin.created;
  const plugin = register(req.body.name, req.body.version ?? '0.1.0');
  res.status(Plugin.created > before ? 201 : 200).json(plugin);
});

app.post('/plugins/:name/run', (req, res) => {
  const plugin = globalThis[REGISTRY][req.params.name];
  if (!plugin) return res.status(404).json({ error: 'no such plugin' });
  if (!plugin.enabled) return res.status(409).json({ error: 'disabled' });
  res.json({ output: plugin.run(req.body.input ?? '') });
});

app.post('/plugins/:name/toggle', (req, res) => {
  const plugin = Plugin.byName.get(req.params.name);
  res.json({ enabled: plugin?.toggle() ?? null });
});

app.put('/plugins/:name/version', (req, res) => {
  const plugin = Plugin.byName.get(req.params.name);
  if (plugin) plugin.version = req.body.version;
  res.json(plugin ?? { error: 'no such plugin' });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
