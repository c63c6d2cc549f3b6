'use strict';

// counts requests per method into app.locals; the app is reached through req.app
module.exports = function track({ key = 'byMethod' } = {}) {
  return function (req, res, next) {
    const locals = req.app.locals;
    locals[key] ??= {};
    locals[key][req.method] = (locals[key][req.method] ?? 0) + 1;
    next();
  };
};
