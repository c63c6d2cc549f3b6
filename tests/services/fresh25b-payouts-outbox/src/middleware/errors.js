'use strict';

const { HttpError } = require('../lib/errors');

module.exports = (logger) => (err, req, res, next) => {
  if (err instanceof HttpError) {
    logger.info({ code: err.code, status: err.status }, 'request rejected');
    return res.status(err.status).json({ error: err.code, message: err.message, ...(err.available !== undefined && { available: err.available }) });
  }
  if (err.name === 'AbortError') return res.status(504).json({ error: 'timeout', message: 'payout still pending' });
  if (err.type === 'entity.parse.failed') return res.status(400).json({ error: 'bad_json', message: 'malformed body' });
  logger.error({ err: err.message }, 'unhandled');
  return next(err);
};
