// State kept in a function's own fields: a memoised function with `memo.cache = new
// Map()` and a miss counter, a middleware a factory returns with its hit table and a
// reset function hung on it (`track.hits`, `track.reset`), a fields object put on a
// closure after it was made, and a value put into an object's property that a route
// then reaches by its own name.
const express = require('express');
const app = express();

function slowSquare(n) {
  if (!slowSquare.cache.has(n)) {
    slowSquare.misses += 1;
    slowSquare.cache.set(n, n * n);
  }
  return slowSquare.cache.get(n);
}
slowSquare.cache = new Map();
slowSquare.misses = 0;

function tracker(label) {
  const hits = {};
  const track = (req, res, next) => {
    hits[req.path] = (hits[req.path] || 0) + 1;
    res.set('X-Hits', String(hits[req.path]));
    next();
  };
  track.label = label;
  track.hits = hits;
  track.reset = (path) => {
    const had = hits[path] ?? 0;
    delete hits[path];
    return had;
  };
  return track;
}

const track = tracker('paths');
const greet = (name) => `${greet.options.greeting}, ${name}${greet.options.mark}`;
greet.options = { greeting: 'Hello', mark: '!' };
const totals = new Map();
const registry = {};
registry.totals = totals;

app.get('/stats', (req, res) => res.json({ label: track.label, hits: track.hits, misses: slowSquare.misses }));
app.post('/stats/reset', (req, res) => res.json({ path: req.query.path, had: track.reset(req.query.path) }));
app.put('/greeting/:word', (req, res) => {
  greet.options.greeting = req.params.word;
  res.json(greet.options);
});
app.post('/totals/:key', (req, res) => {
  registry.totals.set(req.params.key, (registry.totals.get(req.params.key) || 0) + Number(req.query.by || 1));
  res.json({ size: registry.totals.size });
});
app.get('/totals/:key', (req, res) => res.json({ total: totals.get(req.params.key) ?? 0 }));

app.use(track);

app.get('/square/:n', (req, res) => res.json({ square: slowSquare(Number(req.params.n)), cached: slowSquare.cache.size }));
app.get('/hello/:name', (req, res) => res.send(greet(req.params.name)));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
