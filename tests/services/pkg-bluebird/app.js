// bluebird: its own promises (map with concurrency, props, each, reduce, delay, promisify of
// callback functions, spread, tap, catch with a predicate, finally) in the handlers.
var express = require('express');
var Promise = require('bluebird');
var app = express();

var stock = { apple: 3, pear: 0, plum: 7 };
function lookup(name, cb) {
  setTimeout(function () {
    if (!(name in stock)) return cb(new RangeError('no fruit ' + name));
    cb(null, stock[name]);
  }, 5);
}
var lookupAsync = Promise.promisify(lookup);
var orders = [];

app.get('/stock', function all(req, res) {
  Promise.map(Object.keys(stock), function (name) {
    return lookupAsync(name).then(function (n) { return name + '=' + n; });
  }, { concurrency: 2 }).then(function (lines) {
    return Promise.props({ lines: lines, total: Promise.reduce(Object.keys(stock), function (sum, name) {
      return lookupAsync(name).then(function (n) { return sum + n; });
    }, 0) });
  }).then(function (out) { res.json(out); });
});

app.get('/stock/:name', function one(req, res) {
  var seen = [];
  lookupAsync(req.params.name)
    .tap(function (n) { seen.push('tap ' + n); })
    .then(function (n) { return [n, n * 2]; })
    .spread(function (n, twice) { return { n: n, twice: twice }; })
    .catch(RangeError, function (e) { res.status(404); return { error: e.message }; })
    .finally(function () { seen.push('finally'); })
    .then(function (out) { out.seen = seen; res.json(out); });
});

app.post('/orders/:name/:n', function order(req, res) {
  var n = Number(req.params.n);
  Promise.delay(10).then(function () { return lookupAsync(req.params.name); }).then(function (have) {
    if (have < n) throw new Error('only ' + have + ' left');
    stock[req.params.name] = have - n;
    orders.push(req.params.name + ' x' + n);
    return Promise.each(orders, function (o, i) { o.length; }).return(orders.length);
  }).then(function (count) {
    res.status(201).json({ count: count, left: stock[req.params.name] });
  }, function (e) {
    res.status(409).json({ error: e.message, isBluebird: e instanceof Error });
  });
});

app.get('/race', function race(req, res) {
  Promise.any([Promise.delay(80).return('slow'), Promise.delay(5).return('fast'), Promise.reject(new Error('x'))])
    .then(function (winner) {
      return Promise.resolve('late').delay(100).timeout(5).catch(Promise.TimeoutError, function (e) {
        return winner + ', then ' + e.name + ': ' + e.message;
      });
    }).then(function (text) { res.send(text); });
});

app.get('/orders', function list(req, res) {
  Promise.all(orders.map(function (o) { return Promise.resolve(o.toUpperCase()); })).then(function (xs) {
    res.json({ orders: xs, settled: Promise.resolve(1).isFulfilled() });
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
