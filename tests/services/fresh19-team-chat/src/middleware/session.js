'use strict';
const users = require('../stores/users');

module.exports = function session(req, res, next) {
  const sid = req.signedCookies.sid;
  req.user = sid ? users.sessionUser(sid) : undefined;
  next();
};

module.exports.requireUser = (req, res, next) => {
  if (!req.user) return res.status(401).json({ error: 'login required' });
  return next();
};
