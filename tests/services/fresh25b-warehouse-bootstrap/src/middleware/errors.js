'use strict';

const { WarehouseError } = require('../lib/errors');

module.exports = function errors(err, req, res, next) {
  if (err instanceof WarehouseError) return res.status(err.status).json({ code: err.code, message: err.message, ...err.extra });
  if (err.type === 'entity.parse.failed') return res.status(400).json({ code: 'BAD_JSON', message: 'body is not JSON' });
  return next(err);
};
