const createError = require('http-errors');

module.exports = function requireAdmin(req, res, next) {
  if (req.get('x-role') !== 'admin') return next(createError(403, 'admins only'));
  next();
};
