const createError = require('http-errors');
const sessions = require('../services/sessionStore');

const failures = new Map();

function requireAuth(req, res, next) {
  const token = req.get('authorization')?.replace(/^Bearer\s+/i, '');
  const session = token ? sessions.lookup(token) : undefined;
  if (!session) {
    const who = req.get('x-user') ?? 'anonymous';
    failures.set(who, (failures.get(who) ?? 0) + 1);
    return next(createError(401, 'login required'));
  }
  req.user = session;
  next();
}

requireAuth.failures = () => Object.fromEntries(failures);

module.exports = { requireAuth };
