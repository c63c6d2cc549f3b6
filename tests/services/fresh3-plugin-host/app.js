// Records saved through a plugin host: a class with static private and public
// state, hooks pushed by plugins' install() and run with reduce, a plugin
// counter in a closure, totals in an object literal with a getter/setter pair,
// and a module-level Map written inside forEach callbacks.
const express = require('express');
const PluginHost = require('./host');
const timestamps = require('./plugins/timestamps');
const totalsPlugin = require('./plugins/totals');
const tagsPlugin = require('./plugins/tags');

const expenses = new PluginHost('expenses').use(timestamps).use(tagsPlugin).use(totalsPlugin, { field: 'amount' });
const saved = [];

const app = express();
app.use(express.json());

app.post('/hosts/:name', (req, res) => {
  if (PluginHost.registry.has(req.params.name)) return res.status(409).json({ error: 'exists' });
  const host = new PluginHost(req.params.name);
  (req.body.plugins ?? []).forEach((p) => host.use({ timestamps, tags: tagsPlugin }[p]));
  res.status(201).json({ name: host.name, hooks: Object.fromEntries(Object.entries(host.hooks).map(([k, v]) => [k, v.length])) });
});

app.post('/hosts/:name/records', (req, res) => {
  const host = PluginHost.registry.get(req.params.name);
  if (!host) return res.status(404).json({ error: 'no host' });
  const rec = host.run('beforeSave', { ...req.body });
  saved.push({ host: host.name, ...rec });
  host.run('afterSave', rec);
  res.status(201).json(rec);
});

app.get('/stats', (req, res) => {
  const { totals } = totalsPlugin;
  res.json({
    instances: PluginHost.instances,
    ran: Object.fromEntries([...PluginHost.registry].map(([n, h]) => [n, h.ran])),
    sum: totals.sum,
    average: totals.average,
    tags: Object.fromEntries(tagsPlugin.seen),
    saved: saved.length,
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
