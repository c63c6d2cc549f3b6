'use strict';

const { UnauthorizedError } = require('../utils/errors');

const requireAuth = (authService) => (req, res, next) => {
  const header = req.get('authorization') ?? '';
  const [scheme, token] = header.split(' ');
  if (scheme !== 'Bearer' || !token) return next(new UnauthorizedError());
  try {
    req.user = authService.verify(token);
    return next();
  } catch (err) {
    return next(err);
  }
};

module.exports = { requireAuth };
