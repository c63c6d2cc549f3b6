// body-parser 1.20 (raw-body, iconv-lite, type-is...) reading the request as a
// stream: its json, urlencoded, text and raw parsers, their limits and errors,
// and a route reading the body itself with req.on('data'/'end').
var express = require('express');
var bodyParser = require('body-parser');
var app = express();

var notes = [];

app.post('/json', bodyParser.json({ limit: '1kb' }), function addJson(req, res) {
  notes.push(req.body);
  res.json({ body: req.body, count: notes.length });
});

app.post('/loose', bodyParser.json({ strict: false, type: '*/json' }), function loose(req, res) {
  res.json({ body: req.body, type: typeof req.body });
});

app.post('/form', bodyParser.urlencoded({ extended: true }), function form(req, res) {
  res.json({ body: req.body });
});

app.post('/simple-form', bodyParser.urlencoded({ extended: false }), function simpleForm(req, res) {
  res.json({ body: req.body });
});

app.post('/text', bodyParser.text({ type: 'text/*' }), function text(req, res) {
  res.type('text').send('[' + req.body.toUpperCase() + '] ' + typeof req.body);
});

app.post('/raw', bodyParser.raw({ type: 'application/octet-stream', limit: 20 }), function raw(req, res) {
  res.json({ isBuffer: Buffer.isBuffer(req.body), length: req.body.length, hex: req.body.toString('hex') });
});

app.post('/by-hand', function byHand(req, res) {
  var chunks = [];
  req.on('data', function (chunk) { chunks.push(chunk); });
  req.on('end', function () {
    var text = Buffer.concat(chunks).toString('utf8');
    res.json({ length: text.length, words: text.split(/\s+/).filter(Boolean).length, readable: req.readable });
  });
});

app.post('/iterate', async function iterate(req, res) {
  var size = 0;
  for await (const chunk of req) size += chunk.length;
  res.json({ size: size });
});

app.get('/notes', function list(req, res) {
  res.json(notes);
});

app.use(function onError(err, req, res, next) {
  res.status(err.status || 500).json({ type: err.type, status: err.status, expose: err.expose, message: err.expose ? err.message : 'hidden' });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
