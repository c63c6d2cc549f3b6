'use strict';

const debug = require('debug')('todo:error');

const counts = new Map();

// eslint-disable-next-line no-unused-vars
function errorHandler(err, req, res, next) {
  const status = err.status || err.statusCode || 500;
  counts.set(status, (counts.get(status) || 0) + 1);
  if (status >= 500) debug('%s %s failed: %s', req.method, req.originalUrl, err.stack);
  res.status(status).json({
    error: err.expose ? err.message : 'Internal Server Error',
    status,
    requestId: req.id,
  });
}

errorHandler.counts = counts;
module.exports = errorHandler;
