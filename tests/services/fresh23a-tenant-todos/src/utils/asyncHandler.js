'use strict';

module.exports = (fn) => (req, res, next) => Promise.resolve().then(() => fn(req, res, next)).catch(next);
