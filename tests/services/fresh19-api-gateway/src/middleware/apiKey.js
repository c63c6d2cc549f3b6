const keys = require('../services/keys');

module.exports = function apiKey(req, res, next) {
  const { remaining, window } = keys.consume(req.get('x-api-key'));
  res.set({ 'x-quota-remaining': String(remaining), 'x-quota-window': window });
  next();
};
