'use strict';

// Sequential request ids (a real deployment would take X-Request-Id from the proxy).
module.exports = function requestId({ header = 'X-Request-Id', prefix = 'req-' } = {}) {
  let counter = 0;
  return (req, res, next) => {
    req.id = req.get(header) || `${prefix}${++counter}`;
    res.set(header, req.id);
    next();
  };
};
