// Closures passed to helper functions, in the callback-passing style of the
// corpus's poster: error-first lookups, a hand-written waterfall and parallel
// map, a closure-held counter, a callback called from inside a helper's timer.
var express = require('express');
var app = express();

var people = { ada: { name: 'Ada', age: 36 }, bob: { name: 'Bob', age: 41 }, cyd: { name: 'Cyd', age: 29 } };

function lookup(id, callback) {
  setTimeout(function found() {
    if (!people[id]) return callback(new Error('unknown person ' + id));
    callback(null, people[id]);
  }, 2);
}

function withPerson(req, res, callback) {
  lookup(req.params.id, function (err, person) {
    if (err) return res.status(404).json({ error: err.message });
    callback(person);
  });
}

function describe(person, style, callback) {
  setImmediate(function () {
    callback(style === 'short' ? person.name : person.name + ' (' + person.age + ')');
  });
}

function waterfall(tasks, value, done) {
  if (tasks.length === 0) return done(value);
  tasks[0](value, function (next) {
    waterfall(tasks.slice(1), next, done);
  });
}

function map(list, iterator, done) {
  var results = new Array(list.length);
  var pending = list.length;
  if (pending === 0) return done(results);
  list.forEach(function (item, i) {
    iterator(item, function (result) {
      results[i] = result;
      pending -= 1;
      if (pending === 0) done(results);
    });
  });
}

function makeCounter(start) {
  var n = start;
  return function () {
    n += 1;
    return n;
  };
}

var nextTicket = makeCounter(100);

app.get('/people/:id', function (req, res) {
  withPerson(req, res, function (person) {
    res.json(person);
  });
});

app.get('/describe/:id', function (req, res) {
  withPerson(req, res, function (person) {
    describe(person, req.query.style, function (text) {
      res.send(text);
    });
  });
});

app.get('/waterfall/:n', function (req, res) {
  var steps = [];
  function double(x, next) { steps.push('double'); setTimeout(function () { next(x * 2); }, 1); }
  function addOne(x, next) { steps.push('addOne'); process.nextTick(function () { next(x + 1); }); }
  function square(x, next) { steps.push('square'); next(x * x); }
  waterfall([double, addOne, square], Number(req.params.n), function (result) {
    res.json({ result: result, steps: steps });
  });
});

app.get('/ages', function (req, res) {
  var ids = String(req.query.ids || '').split(',').filter(Boolean);
  map(ids, function (id, done) {
    lookup(id, function (err, person) { done(err ? null : person.age); });
  }, function (ages) {
    res.json({ ids: ids, ages: ages });
  });
});

app.get('/ticket', function (req, res) {
  res.send('ticket ' + nextTicket());
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
