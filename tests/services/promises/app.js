// Promises from handlers (past the callback style): then-chains, Promise.all
// keeping order, rejections caught into answers or passed to next(err),
// async/await with fs.promises.
var express = require('express');
var fs = require('fs');
var path = require('path');
var app = express();

function later(ms, value) {
  return new Promise(function wait(resolve) { setTimeout(function () { resolve(value); }, ms); });
}

app.get('/chain/:x', function chain(req, res) {
  later(2, Number(req.params.x))
    .then(function double(x) { return x * 2; })
    .then(function addOne(x) { return later(1, x + 1); })
    .then(function answer(x) { res.json({ result: x }); });
});

app.get('/all', function all(req, res) {
  Promise.all([later(8, 'slow'), later(1, 'fast'), 'plain']).then(function answer(values) {
    res.json(values);
  });
});

app.get('/caught/:word', function caught(req, res) {
  Promise.resolve(req.params.word)
    .then(function check(word) {
      if (word.length < 3) throw new Error('too short: ' + word);
      return word.toUpperCase();
    })
    .then(function ok(word) { res.send(word); })
    .catch(function failed(err) { res.status(400).json({ error: err.message }); });
});

app.get('/to-next', function toNext(req, res, next) {
  fs.promises.readFile(path.join(__dirname, 'missing.txt'), 'utf8')
    .then(function found(text) { res.send(text); })
    .catch(next);
});

app.get('/await/:n', async function awaited(req, res, next) {
  try {
    var n = await later(1, Number(req.params.n));
    var source = await fs.promises.readFile(__filename, 'utf8');
    if (n < 0) throw new RangeError('negative');
    res.json({ n: n, sourceHasAwait: source.indexOf('await') >= 0 });
  } catch (err) {
    next(err);
  }
});

// Races: the first promise to settle wins, whether it fulfils or rejects; the
// losers settle later and change nothing.
app.get('/race/timers', function raceTimers(req, res) {
  Promise.race([later(30, 'tortoise'), later(1, 'hare')]).then(function answer(winner) { res.send(winner); });
});

app.get('/race/rejects', function raceRejects(req, res) {
  var failing = new Promise(function fail(resolve, reject) {
    setTimeout(function () { reject(new Error('fell first')); }, 1);
  });
  Promise.race([later(30, 'late'), failing])
    .then(function answer(winner) { res.send('won: ' + winner); })
    .catch(function failed(err) { res.status(500).send('lost: ' + err.message); });
});

app.get('/race/settled', function raceSettled(req, res) {
  Promise.race([later(1, 'timer'), 'plain', Promise.resolve('resolved')]).then(function answer(winner) {
    res.send(winner);
  });
});

app.get('/race/file', async function raceFile(req, res) {
  var timeout = later(2000, 'timed out');
  var text = fs.promises.readFile(__filename, 'utf8').then(function size(source) { return 'read ' + source.length; });
  res.send(await Promise.race([text, timeout]));
});

app.get('/race/rounds/:n', async function rounds(req, res) {
  var winners = [];
  for (var i = 0; i < Number(req.params.n); i++) {
    winners.push(await Promise.race([later(20 + i, 'slow' + i), later(1, 'quick' + i)]));
  }
  res.json(winners);
});

// Timers as promises: util.promisify(setTimeout) and timers/promises, as Node gives them.
var util = require('util');
var sleep = util.promisify(setTimeout);
var timersPromises = require('timers/promises');

app.get('/sleep/promisified', async function sleepy(req, res) {
  var value = await sleep(3, 'rested');
  res.send(String(value) + ' ' + typeof sleep);
});

app.get('/sleep/timers-promises', async function sleepier(req, res) {
  var a = await timersPromises.setTimeout(2, 'later');
  var b = await timersPromises.setImmediate('next');
  res.json([a, b]);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
