var express = require('express');
var createError = require('http-errors');
var keys = require('../lib/keys');
var plans = require('../lib/plans');
var rates = require('../lib/rates');

var router = express.Router();

router.use(function (req, res, next) {
  var auth = req.get('authorization') || '';
  if (auth !== 'Bearer ' + keys.ADMIN_TOKEN) return next(createError(403));
  next();
});

router.get('/', function (req, res) {
  res.json(keys.usage());
});

router.post('/', function (req, res, next) {
  var owner = String(req.body.owner || '').toLowerCase().replace(/[^a-z0-9]/g, '');
  var plan = req.body.plan || 'free';
  if (!owner || !(plan in plans)) return next(createError(400, 'owner and a known plan are required'));
  var key = keys.issue(owner, plan);
  if (!key) return next(createError(409, 'key exists'));
  res.status(201).json({ key: key });
});

router.post('/:key/rotate', function (req, res, next) {
  var key = keys.rotate(req.params.key);
  if (!key) return next(createError(404, 'no active key ' + req.params.key));
  res.json({ key: key });
});

router.put('/rates', function (req, res) {
  res.json({ version: rates.update(req.body) });
});

module.exports = router;
