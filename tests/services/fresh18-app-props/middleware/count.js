'use strict';
// Counts requests on properties the app carries, reached through req.app.
module.exports = function count() {
  return (req, res, next) => {
    req.app.hits++;
    const stats = req.app.locals.stats;
    stats.byMethod[req.method] = (stats.byMethod[req.method] ?? 0) + 1;
    next();
  };
};
