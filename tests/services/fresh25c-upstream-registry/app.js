// A small API gateway's upstream registry: instances of a class kept in a Map and in a pool array,
// written by `registry.get(id).hits++`, by their own methods called on elements (`pool[i].fail()`),
// by `Object.assign(entry, patch)` and `Reflect.set(entry.meta, key, value)`, a Set behind an object's getter
// (`zoneIndex.zones.add(zone)`, answered as `[...zoneIndex.zones]`), and module variables
// swapped by destructuring assignment (`[primary, standby] = [standby, primary]`) or reassigned
// from an object pattern (`({ healthy, total } = summarize())`).
'use strict';
const express = require('express');
const { Upstream } = require('./lib/upstream');

const app = express();
app.use(express.json());

const registry = new Map();
const pool = [];
let primary = null;
let standby = null;
let healthy = 0;
let total = 0;
let cursor = 0;
let failovers = 0;
// zones seen in upstreams' metadata, behind a getter
const zoneIndex = {
  _zones: new Set(),
  get zones() {
    return this._zones;
  },
};

function summarize() {
  const up = pool.filter((u) => u.healthy);
  return { healthy: up.length, total: pool.length };
}

app.post('/upstreams', (req, res) => {
  const { id, url, weight } = req.body;
  if (registry.has(id)) return res.status(409).json({ error: 'exists' });
  const u = new Upstream(id, url, weight);
  registry.set(id, u);
  pool.push(u);
  if (!primary) primary = id;
  else if (!standby) standby = id;
  ({ healthy, total } = summarize());
  res.status(201).json({ primary, standby, healthy, total });
});

app.patch('/upstreams/:id', (req, res) => {
  const entry = registry.get(req.params.id);
  if (!entry) return res.status(404).json({ error: 'unknown upstream' });
  const { meta, ...fields } = req.body;
  Object.assign(entry, fields);
  for (const [k, v] of Object.entries(meta ?? {})) Reflect.set(entry.meta, k, v);
  if (entry.meta.zone) zoneIndex.zones.add(entry.meta.zone);
  res.json(entry);
});

app.get('/route', (req, res) => {
  // weighted round robin over the healthy part of the pool
  const up = pool.filter((u) => u.healthy);
  if (up.length === 0) return res.status(503).json({ error: 'no upstream' });
  const slots = up.flatMap((u) => Array(u.weight).fill(u.id));
  const id = slots[cursor++ % slots.length];
  registry.get(id).hits++;
  res.json({ via: id, cursor });
});

app.post('/upstreams/:id/fail', (req, res) => {
  const i = pool.findIndex((u) => u.id === req.params.id);
  if (i < 0) return res.status(404).json({ error: 'unknown upstream' });
  pool[i].fail();
  if (!pool[i].healthy && primary === req.params.id && standby) {
    [primary, standby] = [standby, primary];
    failovers++;
  }
  ({ healthy, total } = summarize());
  res.json({ upstream: pool[i], primary, standby, failovers, healthy });
});

app.post('/upstreams/:id/recover', (req, res) => {
  const u = registry.get(req.params.id);
  u?.recover();
  ({ healthy, total } = summarize());
  res.json({ healthy, total, upstream: u ?? null });
});

app.post('/failback', (req, res) => {
  [primary, standby] = [standby, primary];
  failovers++;
  res.json({ primary, standby, failovers });
});

app.get('/zones', (req, res) => res.json([...zoneIndex.zones]));

app.get('/status', (req, res) => {
  res.json({ primary, standby, healthy, total, failovers, cursor, upstreams: pool });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
