// async 3: series, waterfall, mapLimit, eachOf, asyncify and auto over the service's
// callback functions (some deferred with setTimeout), results kept in module state.
var express = require('express');
var async = require('async');
var app = express();
var prices = { apple: 3, pear: 5, plum: 2 };
var log = [];

function price(name, done) {
  setTimeout(function () {
    if (!(name in prices)) return done(new Error('no price for ' + name));
    done(null, prices[name]);
  }, 5);
}

app.get('/series', function series(req, res) {
  async.series([
    function (cb) { price('apple', cb); },
    function (cb) { price('pear', cb); }
  ], function (err, results) { res.json({ err: err && err.message, results: results }); });
});
app.get('/total', function total(req, res) {
  var names = String(req.query.names || '').split(',').filter(Boolean);
  async.mapLimit(names, 2, price, function (err, values) {
    if (err) return res.status(404).json({ error: err.message });
    res.json({ values: values, total: values.reduce(function (a, b) { return a + b; }, 0) });
  });
});
app.post('/prices/:name/:value', function setPrice(req, res) {
  async.waterfall([
    function (cb) { cb(null, Number(req.params.value)); },
    function (value, cb) { prices[req.params.name] = value; log.push(req.params.name); cb(null, value * 2); }
  ], function (err, doubled) { res.status(201).json({ doubled: doubled, known: Object.keys(prices).length }); });
});
app.get('/auto', function auto(req, res) {
  async.auto({
    a: function (cb) { cb(null, prices.apple); },
    b: async.asyncify(function () { return prices.plum; }),
    sum: ['a', 'b', function (results, cb) { cb(null, results.a + results.b); }]
  }, function (err, results) { res.json(results); });
});
app.get('/each', function each(req, res) {
  var seen = [];
  async.eachOf(prices, function (value, key, cb) { seen.push(key + '=' + value); cb(); }, function () {
    res.json({ seen: seen, log: log });
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
