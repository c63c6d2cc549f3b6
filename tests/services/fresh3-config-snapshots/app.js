// Config in a module of its own, rebuilt with spreads on each patch (a `let`
// reassigned inside exported functions), deep-cloned snapshots with
// JSON.parse(JSON.stringify(...)) and structuredClone, a Proxy whose set trap
// writes the live object and a change log, and a live reference taken before
// a rebuild that keeps pointing at the old object.
const express = require('express');
const cfg = require('./config-state');

const app = express();
app.use(express.json());

let pinned = null; // a live ref to whatever config was current when pinned

app.get('/config', (req, res) => res.json(cfg.getConfig()));

app.patch('/config', (req, res) => res.json(cfg.patch(req.body)));

app.post('/config/hosts', (req, res) => {
  cfg.getConfig().hosts.push(req.body.host); // mutates the live array, shared by clones made with spread
  res.json(cfg.getConfig().hosts);
});

app.post('/snapshots/:label', (req, res) => res.status(201).json({ count: cfg.snapshot(req.params.label) }));

app.post('/snapshots/:label/restore', (req, res) => {
  const restored = cfg.restore(req.params.label);
  if (!restored) return res.status(404).json({ error: 'no snapshot' });
  res.json(restored);
});

app.put('/flags/:name', (req, res) => {
  const view = cfg.flagsView(req.get('x-actor') ?? 'anon');
  view[req.params.name] = req.body.on;
  res.json({ flags: cfg.getConfig().flags, changes: cfg.changes });
});

app.post('/pin', (req, res) => {
  pinned = cfg.getConfig();
  res.json({ pinned: pinned.version });
});

app.get('/pin', (req, res) => {
  const current = cfg.getConfig();
  res.json({ pinned: pinned?.version ?? null, current: current.version, same: pinned === current, hosts: pinned?.hosts });
});

app.get('/snapshots', (req, res) => res.json(cfg.snapshots.map((s) => `${s.label}@${s.data.version}:${s.data.hosts.length}`)));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
