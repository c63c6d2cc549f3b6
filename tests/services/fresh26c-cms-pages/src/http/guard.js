'use strict';
const { editors } = require('#util/env');

const denied = [];

module.exports = function requireEditor(req, res, next) {
  const who = req.get('x-editor');
  if (!editors.includes(who)) {
    denied.push(who ?? null);
    return res.status(403).json({ error: 'editors only', denied: denied.length });
  }
  req.editor = who;
  next();
};
