'use strict';

// Sequential request ids, prefixed per instance.
module.exports = function requestId({ prefix = 'req', header = 'X-Request-Id' } = {}) {
  let n = 0;
  return (req, res, next) => {
    n += 1;
    res.locals.requestId = `${prefix}-${n}`;
    res.set(header, res.locals.requestId);
    next();
  };
};
