'use strict';

const { userService } = require('../services');
const { UnauthorizedError, ForbiddenError } = require('../errors');

function authenticate(req, res, next) {
  const header = req.get('authorization') ?? '';
  const [scheme, token] = header.split(' ');
  if (scheme !== 'Bearer' || !token) return next(new UnauthorizedError('missing bearer token'));
  try {
    req.user = userService.authenticate(token);
    next();
  } catch (err) {
    next(err);
  }
}

const requireRole = (...roles) => (req, res, next) =>
  roles.includes(req.user?.role) ? next() : next(new ForbiddenError(`requires ${roles.join(' or ')}`));

module.exports = { authenticate, requireRole };
