// Counters kept in typed arrays and buffers, written where a state analysis looks least: a latency
// histogram bumped with `Atomics.add` and cleared with `Atomics.store` plus `fill`, per-tenant flag
// views made by `subarray` over one shared Uint8Array (a write through a view is a write of the
// bitmap), a frame header written with `DataView.setUint32` into an ArrayBuffer read back through a
// new Uint8Array, and a scratch buffer filled by `TextEncoder.encodeInto`.
'use strict';
const express = require('express');
const histogram = require('./lib/histogram');
const flags = require('./lib/flags');
const frames = require('./lib/frames');

const app = express();
app.use(express.json());

app.post('/observe', (req, res) => {
  for (const ms of req.body.latencies) histogram.observe(ms);
  res.json(histogram.snapshot());
});

app.delete('/observe', (req, res) => {
  histogram.reset();
  res.json(histogram.snapshot());
});

app.post('/tenants/:tenant/flags/:flag', (req, res) => {
  const on = flags.toggle(req.params.tenant, req.params.flag);
  if (on === null) return res.status(400).json({ error: 'unknown flag' });
  res.json({ on, enabled: flags.enabled(req.params.tenant), bitmap: flags.raw() });
});

app.get('/tenants/:tenant/flags', (req, res) => {
  res.json({ enabled: flags.enabled(req.params.tenant), bitmap: flags.raw() });
});

app.post('/frames', (req, res) => {
  res.status(201).json({ frame: frames.frame(req.body.type, req.body.text) });
});

app.get('/frames/last', (req, res) => {
  res.json(frames.last());
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
