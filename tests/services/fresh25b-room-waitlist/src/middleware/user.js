'use strict';

const { Unauthorized } = require('../utils/errors');

module.exports = function requireUser(req, res, next) {
  const user = req.get('x-user');
  if (!user) return next(new Unauthorized('send X-User'));
  req.userId = user.toLowerCase();
  return next();
};
