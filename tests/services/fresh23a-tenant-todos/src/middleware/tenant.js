'use strict';

const registry = require('../services/tenantRegistry');
const { trackUsage } = require('../utils/usage');

// resolves the tenant from the X-Tenant header and hangs it (and its repository) on the request
module.exports = function tenant(req, res, next) {
  try {
    req.tenant = registry.get(req.get('x-tenant') ?? 'none');
    req.repo = req.tenant.repo;
    trackUsage(req.tenant.usage, req.method);
    res.set('x-tenant-plan', req.tenant.plan);
    next();
  } catch (err) {
    next(err);
  }
};
