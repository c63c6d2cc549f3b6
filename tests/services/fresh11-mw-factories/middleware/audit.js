'use strict';

module.exports = function audit(log, { label = 'api', only } = {}) {
  let seq = 0;
  return function auditMiddleware(req, res, next) {
    if (only && !only.includes(req.method)) return next();
    const entry = { n: ++seq, label, route: `${req.method} ${req.path}` };
    res.on('finish', () => {
      entry.status = res.statusCode;
    });
    log.push(entry);
    next();
  };
};
