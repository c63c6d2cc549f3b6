import express from 'express';
import _ from 'lodash';
import { createRequire } from 'node:module';
import { Metric, render, settings, defaults } from '#metrics';

const require = createRequire(import.meta.url);
const { rejectedCount } = require('#legacy/names');

export const router = express.Router();
const batches = [];

router.post('/ingest', (req, res) => {
  const samples = Array.isArray(req.body) ? req.body : [req.body];
  const errors = [];
  let accepted = 0;
  samples.forEach((s, i) => {
    try {
      Metric.get(s.name, s.type ?? 'counter').observe(s.value ?? 1, s.labels);
      accepted++;
    } catch (err) {
      errors.push({ i, error: err.name, message: err.message, ...(err.cause && { was: err.cause.was }) });
    }
  });
  batches.push({ size: samples.length, accepted });
  res.status(errors.length ? 207 : 202).json({ accepted, errors });
});

router.get('/metrics', (req, res) => {
  res.type('text/plain; version=0.0.4').send(render());
});

router.get('/summary', (req, res) => {
  const metrics = Metric.all().map((m) => {
    const base = { name: m.name, type: m.type, total: m.total, series: m.series.size };
    if (m.type !== 'histogram') return base;
    const values = [...m.series.values()].flatMap((h) => h.values).toSorted((a, b) => a - b);
    return { ...base, recent: values, p50: values[Math.floor((values.length - 1) * 0.5)] ?? null, max: _.max(values) ?? null };
  });
  res.json({ metrics, batches: batches.length, biggestBatch: _.maxBy(batches, 'size')?.size ?? 0, labelRejections: rejectedCount() });
});

router.put('/config', (req, res) => {
  const { prefix, retention } = req.body ?? {};
  if (prefix !== undefined) settings.prefix = prefix;
  if (retention !== undefined) settings.retention = retention;
  res.json({ settings, same: settings === defaults });
});

router.delete('/metrics/:name', (req, res) => {
  res.status(Metric.drop(req.params.name) ? 204 : 404).end();
});
