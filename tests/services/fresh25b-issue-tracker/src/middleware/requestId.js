'use strict';

function requestId({ prefix = 'req' } = {}) {
  let counter = 0;
  return (req, res, next) => {
    counter += 1;
    req.id = req.get('x-request-id') || `${prefix}-${String(counter).padStart(4, '0')}`;
    res.set('X-Request-Id', req.id);
    next();
  };
}

module.exports = { requestId };
