// Timers chained three deep (setTimeout -> setImmediate -> process.nextTick and
// back), recursion through timers, extra timer arguments, clearTimeout, and a
// background job whose result a later request reads.
var express = require('express');
var app = express();
var jobs = {};

app.get('/chain/:word', function start(req, res) {
  var steps = ['start'];
  setTimeout(function afterTimeout() {
    steps.push('timeout');
    setImmediate(function afterImmediate() {
      steps.push('immediate');
      process.nextTick(function afterTick() {
        steps.push('tick');
        res.json({ word: req.params.word, steps: steps });
      });
    });
  }, 5);
});

app.get('/reverse', function reverse(req, res) {
  var text = 'r';
  process.nextTick(function tick() {
    text += '-tick';
    setImmediate(function immediate() {
      text += '-immediate';
      setTimeout(function timeout() {
        res.send(text + '-timeout');
      }, 1);
    });
  });
});

app.get('/order', function order(req, res) {
  var seen = [];
  setImmediate(function later() {
    seen.push('immediate');
    res.json(seen);
  });
  process.nextTick(function soon() { seen.push('tick'); });
  seen.push('sync');
});

app.get('/countdown/:n', function countdown(req, res) {
  var seen = [];
  function step(k) {
    if (k === 0) return res.json(seen);
    seen.push(k);
    setTimeout(function next() { step(k - 1); }, 1);
  }
  step(Math.min(Number(req.params.n), 10));
});

app.get('/args', function args(req, res) {
  setTimeout(function withArgs(a, b) {
    res.json([a, b]);
  }, 1, 'first', req.query.second || 'none');
});

app.get('/cleared', function cleared(req, res) {
  var fired = false;
  var timer = setTimeout(function never() { fired = true; }, 1);
  clearTimeout(timer);
  setTimeout(function check() { res.json({ fired: fired }); }, 20);
});

app.post('/jobs/:name', function startJob(req, res) {
  var name = req.params.name;
  jobs[name] = 'running';
  setTimeout(function finish() {
    jobs[name] = 'done: ' + name.toUpperCase();
  }, 30);
  res.status(202).json({ job: name });
});

app.get('/jobs/:name', function readJob(req, res) {
  res.json({ job: req.params.name, state: jobs[req.params.name] || 'unknown' });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
