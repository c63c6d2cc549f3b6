'use strict';
const express = require('express');
const container = require('./container');
const scopePerRequest = require('./middleware/scopePerRequest');
const tenantRoutes = require('./routes/tenants');
const projectRoutes = require('./routes/projects');
const { ProjectService } = require('./services/ProjectService');
const QuotaService = require('./services/QuotaService');

const app = express();
app.use(express.json());

app.use('/tenants', tenantRoutes(container));
app.use('/t/:tenant/projects', scopePerRequest(container), projectRoutes);

app.get('/debug/container', (req, res) => {
  const { auditLog, clock } = container.cradle;
  res.json({
    registrations: Object.keys(container.registrations).sort(),
    cached: [...container.cache.keys()].sort(),
    projectServices: ProjectService.instances,
    quotaServices: QuotaService.built,
    clock: clock.now,
    audit: auditLog.tail(4),
    auditSize: auditLog.size,
  });
});

app.get('/debug/resolve/:name', (req, res) => {
  try {
    container.resolve(req.params.name);
    res.json({ resolved: true });
  } catch (err) {
    res.status(500).json({ name: err.name, message: err.message.split('\n')[0] });
  }
});

app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ error: err.message });
});

module.exports = app;
