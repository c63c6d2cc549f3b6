'use strict';
const { Router } = require('express');
const { exportLimiter, tenantLimiters, lifecycle } = require('../limiter');
const { exportReport, runCount } = require('../jobs/exportReport');

const router = Router();
const exportsById = new Map();
let nextId = 1;

router.post('/exports', (req, res) => {
  const id = `export-${nextId++}`;
  const { report = 'by-region', format = 'csv', tenant } = req.body;
  const record = { id, report, tenant: tenant ?? null, status: 'pending' };
  exportsById.set(id, record);

  const limiter = tenant ? tenantLimiters.key(tenant) : exportLimiter;
  limiter
    .schedule({ id }, exportReport, { report, format })
    .then((result) => {
      Object.assign(record, { status: 'ready', result });
    })
    .catch((err) => {
      Object.assign(record, { status: 'failed', error: err.message });
    });

  res.status(202).json({ id, limiterStatus: limiter.jobStatus(id) });
});

router.get('/exports/:id', (req, res) => {
  const record = exportsById.get(req.params.id);
  if (!record) return res.status(404).json({ error: 'no such export' });
  res.json(record);
});

router.get('/limits', async (req, res) => {
  const reservoir = await exportLimiter.currentReservoir();
  const tenants = {};
  for (const key of tenantLimiters.keys().sort()) {
    tenants[key] = await tenantLimiters.key(key).currentReservoir();
  }
  res.json({ reservoir, counts: exportLimiter.counts(), queued: exportLimiter.queued(), tenants, runs: runCount() });
});

router.post('/limits/refill', async (req, res) => {
  const { tenant, amount = 1 } = req.body;
  const limiter = tenant ? tenantLimiters.key(tenant) : exportLimiter;
  const reservoir = await limiter.incrementReservoir(amount);
  res.json({ reservoir });
});

router.get('/lifecycle', (req, res) => res.json(lifecycle));

module.exports = router;
