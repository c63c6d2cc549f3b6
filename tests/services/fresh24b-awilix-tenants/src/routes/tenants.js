'use strict';
const express = require('express');

module.exports = function tenantRoutes(container) {
  const router = express.Router();

  router.post('/', (req, res) => {
    const { tenantRepository, auditLog } = container.cradle;
    const tenant = tenantRepository.create(req.body.slug, req.body.plan);
    if (!tenant) return res.status(409).json({ error: 'exists' });
    auditLog.record(tenant.slug, 'tenant.created', tenant.plan);
    res.status(201).json(tenant);
  });

  router.post('/:slug/plan', (req, res) => {
    const tenant = container.resolve('tenantRepository').get(req.params.slug);
    if (!tenant) return res.sendStatus(404);
    tenant.plan = req.body.plan;
    container.resolve('auditLog').record(tenant.slug, 'tenant.plan', tenant.plan);
    res.json(tenant);
  });

  return router;
};
