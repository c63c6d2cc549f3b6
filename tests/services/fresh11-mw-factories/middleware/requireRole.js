'use strict';

const denials = {};

function requireRole(...roles) {
  const allowed = new Set(roles);
  let passed = 0;
  const mw = (req, res, next) => {
    const role = req.get('x-role');
    if (role && allowed.has(role)) {
      passed++;
      req.user = { role, passedChecks: passed };
      return next();
    }
    denials[roles.join('|')] = (denials[roles.join('|')] ?? 0) + 1;
    res.status(role ? 403 : 401).json({ error: role ? 'forbidden' : 'unauthenticated', need: [...allowed] });
  };
  return mw;
}

requireRole.denials = denials;
module.exports = requireRole;
