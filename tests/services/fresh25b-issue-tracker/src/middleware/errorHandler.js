'use strict';

const { AppError } = require('../utils/errors');

function notFound(req, res) {
  res.status(404).json({ error: { code: 'ROUTE_NOT_FOUND', message: `No route for ${req.method} ${req.path}` } });
}

// eslint-disable-next-line no-unused-vars
function errorHandler(stats) {
  return (err, req, res, next) => {
    let status = 500;
    let body = { code: 'INTERNAL', message: 'Something went wrong' };
    if (err instanceof AppError) {
      status = err.status;
      body = { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) };
    } else if (err.type === 'entity.parse.failed') {
      status = 400;
      body = { code: 'BAD_JSON', message: 'Malformed JSON body' };
    }
    stats[body.code] = (stats[body.code] ?? 0) + 1;
    res.status(status).json({ error: { ...body, requestId: req.id } });
  };
}

module.exports = { notFound, errorHandler };
