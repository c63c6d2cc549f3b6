'use strict';

module.exports = function maintenance(message) {
  return (req, res, next) => {
    if (req.app.enabled('maintenance') && req.method !== 'GET' && !req.path.startsWith('/admin')) {
      req.app.set('rejected', (req.app.get('rejected') ?? 0) + 1);
      return res.status(503).json({ error: message, rejected: req.app.get('rejected') });
    }
    next();
  };
};
