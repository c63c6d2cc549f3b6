var createError = require('http-errors');
var keys = require('./keys');
var plans = require('./plans');

// Authenticates the X-Api-Key header and charges `units` for the request once it succeeded.
module.exports = function apiKey(units) {
  units = units || 1;
  return function (req, res, next) {
    var account = keys.lookup(req.get('x-api-key'));
    if (!account) return next(createError(401, 'Missing or invalid API key'));
    if (keys.remaining(account) !== 'unlimited' && keys.remaining(account) < units) {
      res.set('X-Quota-Remaining', '0');
      return next(createError(429, 'Monthly quota of the ' + account.plan + ' plan exhausted'));
    }
    req.account = account;
    req.plan = plans[account.plan];
    res.on('finish', function () {
      if (res.statusCode < 400) keys.charge(account, units);
    });
    res.set('X-Quota-Remaining', String(keys.remaining(account) === 'unlimited' ? 'unlimited' : keys.remaining(account) - units));
    next();
  };
};
