var express = require('express');
var createError = require('http-errors');
var { LRUCache } = require('lru-cache');
var apiKey = require('../lib/apiKey');
var rates = require('../lib/rates');

var router = express.Router();
var cache = new LRUCache({ max: 3 });
var stats = { hits: 0, misses: 0 };

router.get('/currencies', function (req, res) {
  res.json({ currencies: rates.currencies(), version: rates.version() });
});

router.get('/convert', apiKey(1), function (req, res, next) {
  var amount = Number(req.query.amount);
  var from = String(req.query.from || '').toUpperCase();
  var to = String(req.query.to || '').toUpperCase();
  if (!Number.isFinite(amount) || amount <= 0) return next(createError(400, 'amount must be a positive number'));
  var key = [rates.version(), amount, from, to].join('|');
  var result = req.plan.cacheable ? cache.get(key) : undefined;
  if (result !== undefined) {
    stats.hits += 1;
    res.set('X-Cache', 'hit');
  } else {
    stats.misses += 1;
    result = rates.convert(amount, from, to);
    if (result === null) return next(createError(422, 'unsupported currency'));
    if (req.plan.cacheable) cache.set(key, result);
    res.set('X-Cache', 'miss');
  }
  res.json({ amount: amount, from: from, to: to, result: result });
});

router.post('/batch', apiKey(3), function (req, res, next) {
  var items = Array.isArray(req.body) ? req.body : [];
  if (items.length === 0 || items.length > 5) return next(createError(400, 'send 1 to 5 conversions'));
  res.json(items.map(function (item) {
    return { from: item.from, to: item.to, result: rates.convert(Number(item.amount), item.from, item.to) };
  }));
});

router.get('/cache-stats', function (req, res) {
  res.json({ size: cache.size, hits: stats.hits, misses: stats.misses });
});

module.exports = router;
