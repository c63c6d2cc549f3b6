'use strict';

const { ApiError } = require('../utils/errors');

module.exports = function errorHandler(err, req, res, next) {
  if (res.headersSent) return next(err);
  if (err instanceof ApiError) {
    return res.status(err.status).json({ error: err.code, message: err.message, ...err.data });
  }
  if (err.type === 'entity.parse.failed') return res.status(400).json({ error: 'bad_json', message: 'invalid JSON' });
  console.error(err);
  return res.status(500).json({ error: 'internal', message: 'unexpected error' });
};
