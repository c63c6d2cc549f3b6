// qs 6 from node_modules (with its own dependencies: side-channel, get-intrinsic...):
// nested query strings parsed and stringified with options, saved searches in state.
var express = require('express');
var qs = require('qs');
var app = express();

var saved = [];

function rawQuery(req) {
  var at = req.originalUrl.indexOf('?');
  return at < 0 ? '' : req.originalUrl.slice(at + 1);
}

app.get('/parse', function parse(req, res) {
  res.json(qs.parse(rawQuery(req), { allowDots: req.query.dots === '1', depth: 3, parameterLimit: 20 }));
});

app.post('/searches', express.text({ type: '*/*' }), function save(req, res) {
  var search = qs.parse(req.body, { comma: true });
  saved.push(search);
  res.status(201).json({ index: saved.length - 1, search: search });
});

app.get('/searches/:i', function show(req, res) {
  var s = saved[Number(req.params.i)];
  if (!s) return res.status(404).send('none');
  res.type('text').send(qs.stringify(s, { arrayFormat: req.query.format || 'indices', encodeValuesOnly: true }));
});

app.get('/searches', function list(req, res) {
  res.type('text').send(qs.stringify({ all: saved }, { allowDots: true, sort: function (a, b) { return a.localeCompare(b); } }));
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
