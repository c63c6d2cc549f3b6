'use strict';

const registry = require('../services/tenantRegistry');
const { QuotaExceededError } = require('../errors');

module.exports = function quota(req, res, next) {
  const limit = registry.limitOf(req.tenant);
  if (req.repo.count >= limit) return next(new QuotaExceededError(req.tenant, limit));
  res.set('x-quota-left', String(limit - req.repo.count - 1));
  next();
};
