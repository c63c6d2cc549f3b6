// nanoid 3 (CommonJS): ids of the default and custom alphabets and sizes, kept in module state;
// the answers give their form (length, alphabet), never the random ids themselves.
var express = require('express');
var { nanoid, customAlphabet, urlAlphabet } = require('nanoid');
var hex = customAlphabet('0123456789abcdef', 12);
var links = {};

var app = express();
app.post('/links/:name', function add(req, res) {
  var id = nanoid(Number(req.query.size) || 21);
  links[req.params.name] = id;
  res.status(201).json({ length: id.length, urlSafe: /^[A-Za-z0-9_-]+$/.test(id), count: Object.keys(links).length });
});
app.get('/links/:name', function show(req, res) {
  var id = links[req.params.name];
  if (!id) return res.status(404).json({ error: 'no link' });
  res.json({ length: id.length, same: links[req.params.name] === id });
});
app.get('/hex', function hexId(req, res) {
  var a = hex(), b = hex(Number(req.query.size) || undefined);
  res.json({ a: a.length, b: b.length, onlyHex: /^[0-9a-f]+$/.test(a + b), differ: a !== b });
});
app.get('/alphabet', function alphabet(req, res) { res.json({ length: urlAlphabet.length, sorted: urlAlphabet.split('').sort().join('') }); });
app.get('/unique', function unique(req, res) {
  var seen = new Set();
  for (var i = 0; i < 200; i++) seen.add(nanoid(8));
  res.json({ unique: seen.size });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
