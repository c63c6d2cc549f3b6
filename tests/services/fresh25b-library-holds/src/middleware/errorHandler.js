'use strict';

const { DomainError } = require('../lib/errors');

module.exports = (tally) => (err, req, res, _next) => {
  if (err instanceof DomainError) {
    tally[err.code] = (tally[err.code] || 0) + 1;
    return res.status(err.status).json({ error: err });
  }
  if (err.type === 'entity.parse.failed') {
    return res.status(400).json({ error: { code: 'BAD_JSON', message: 'Body is not JSON' } });
  }
  tally.UNEXPECTED = (tally.UNEXPECTED || 0) + 1;
  return res.status(500).json({ error: { code: 'UNEXPECTED', message: err.message } });
};
