'use strict';

const { AppError } = require('../errors');

const seen = {};

// eslint-disable-next-line no-unused-vars
function errorHandler(err, req, res, next) {
  seen[err.name] = (seen[err.name] ?? 0) + 1;
  if (err instanceof AppError) return res.status(err.statusCode).json(err);
  if (err.type === 'entity.parse.failed') return res.status(400).json({ error: 'BAD_JSON' });
  res.status(500).json({ error: 'INTERNAL', message: 'something went wrong' });
}

errorHandler.seen = seen;

module.exports = errorHandler;
