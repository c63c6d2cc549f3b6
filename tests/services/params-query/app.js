// Route parameters (constrained, optional, hyphenated, wildcard, percent-encoded)
// and query strings parsed by Express's default ("extended", qs) parser.
var express = require('express');
var app = express();

app.get('/users/:id(\\d+)', function byId(req, res) {
  res.json({ by: 'id', id: Number(req.params.id) });
});

app.get('/users/:name', function byName(req, res) {
  res.json({ by: 'name', name: req.params.name });
});

app.get('/range/:from-:to', function range(req, res) {
  var out = [];
  for (var i = Number(req.params.from); i <= Number(req.params.to); i++) out.push(i);
  res.json({ params: req.params, values: out });
});

app.get('/opt/:a/:b?', function optional(req, res) {
  res.json({ a: req.params.a, b: req.params.b === undefined ? null : req.params.b });
});

app.get('/files/*', function wildcard(req, res) {
  res.json({ rest: req.params[0] });
});

app.get('/word/:word', function decoded(req, res) {
  res.json({ word: req.params.word, length: req.params.word.length });
});

app.get('/search', function search(req, res) {
  res.json(req.query);
});

app.get('/sum', function sum(req, res) {
  var raw = [].concat(req.query.n || []);
  var numbers = raw.map(Number);
  if (numbers.some(isNaN)) return res.status(400).json({ error: 'not a number', got: raw });
  res.json({ count: numbers.length, sum: numbers.reduce(function add(a, b) { return a + b; }, 0) });
});

app.get('/page', function page(req, res) {
  var size = parseInt(req.query.size, 10) || 10;
  var number = parseInt(req.query.page, 10) || 1;
  res.send('page ' + number + ' of size ' + size + ', sort=' + (req.query.sort || 'none'));
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
