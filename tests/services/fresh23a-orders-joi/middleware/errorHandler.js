'use strict';

const { DomainError } = require('../errors');

module.exports = function errorHandler(err, req, res, _next) {
  if (err instanceof DomainError) {
    const body = { code: err.code, message: err.message };
    if (err.details) body.details = err.details;
    if (err.sku) body.sku = err.sku;
    return res.status(err.status).json(body);
  }
  return res.status(500).json({ code: 'INTERNAL', message: 'unexpected error' });
};
