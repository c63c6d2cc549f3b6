'use strict';
const { Router } = require('express');
const runner = require('../lib/runner');
const { onFinished, byKind } = require('../lib/results');
const { calls } = require('../lib/handlers');

const router = Router();
const watchers = {};

router.post('/', (req, res) => {
  const { kind, payload = {}, retries = 0, watch } = req.body;
  const job = runner.create(kind, payload, { maxRetries: retries });
  if (!job) return res.status(400).json({ error: `unknown kind ${kind}` });
  job.onDone.push(onFinished);
  if (watch) {
    job.onDone.push((j) => {
      (watchers[watch] ??= []).push(`${j.id}:${j.state}`);
    });
  }
  runner.enqueue(job);
  res.status(202).json({ id: job.id });
});

router.get('/:id', (req, res) => {
  const job = runner.get(req.params.id);
  if (!job) return res.status(404).json({ error: 'no such job' });
  const { id, kind, state, result = null, error = null } = job;
  res.json({ id, kind, state, result, error });
});

router.get('/', (req, res) => {
  res.json({ watchers, byKind: Object.fromEntries(byKind), calls });
});

module.exports = router;
