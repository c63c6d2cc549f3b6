// Node's `stream` (readable-stream 4 under Liquefy): a Transform piped into the
// response with pipeline(), stream.promises, Readable.from, async iteration,
// object mode, a Writable collecting, errors travelling through pipeline and
// finished(); the request body itself piped through a Transform; files read and
// written with fs.createReadStream and fs.createWriteStream.
var express = require('express');
var stream = require('stream');
var { pipeline: pipelinePromise } = require('stream/promises');
var fs = require('fs');
var path = require('path');
var app = express();

var saved = [];

function upper() {
  return new stream.Transform({
    transform: function (chunk, encoding, done) { done(null, String(chunk).toUpperCase()); }
  });
}

function collect(into) {
  return new stream.Writable({
    objectMode: true,
    write: function (item, encoding, done) { into.push(item); done(); }
  });
}

app.get('/shout/:words', function shout(req, res) {
  res.type('text');
  stream.pipeline(stream.Readable.from(req.params.words.split('-').map(function (w) { return w + '\n'; })), upper(), res,
    function (err) { if (err) saved.push('pipeline failed: ' + err.message); });
});

app.post('/echo-upper', function echo(req, res) {
  res.set('x-streamed', 'yes');
  req.pipe(upper()).pipe(res);
});

app.get('/objects', async function objects(req, res) {
  var items = [];
  await pipelinePromise(
    stream.Readable.from([{ n: 1 }, { n: 2 }, { n: 3 }]),
    new stream.Transform({ objectMode: true, transform: function (o, e, done) { done(null, { n: o.n, square: o.n * o.n }); } }),
    collect(items));
  saved.push(items.length);
  res.json(items);
});

app.get('/iterate', async function iterate(req, res) {
  var out = [];
  for await (const chunk of stream.Readable.from(['a', 'b', 'c']).pipe(new stream.PassThrough({ objectMode: true }))) out.push(chunk);
  res.json({ out: out });
});

app.get('/fails', function fails(req, res) {
  var broken = new stream.Transform({ transform: function (c, e, done) { done(new Error('bad chunk ' + c)); } });
  stream.pipeline(stream.Readable.from(['x']), broken, collect([]), function (err) {
    stream.finished(broken, function (e2) {
      res.status(500).json({ error: err.message, finishedError: e2 && e2.message, destroyed: broken.destroyed });
    });
  });
});

app.get('/duplex', function duplex(req, res) {
  var log = [];
  var d = new stream.Duplex({
    read: function () { this.push('from duplex'); this.push(null); },
    write: function (chunk, e, done) { log.push(String(chunk)); done(); }
  });
  d.end('to duplex');
  d.on('data', function (c) { log.push('read ' + c); });
  d.on('end', function () { res.json({ log: log, classes: [d instanceof stream.Readable, d instanceof stream.Writable, d instanceof stream.Stream] }); });
});

app.put('/files/:name', function upload(req, res) {
  var out = fs.createWriteStream(path.join(__dirname, 'data', req.params.name));
  req.pipe(upper()).pipe(out).on('finish', function () {
    fs.createWriteStream(path.join(__dirname, 'data', 'log.txt'), { flags: 'a' }).end('wrote ' + req.params.name + '\n');
    res.status(201).json({ bytes: out.bytesWritten });
  });
});

app.get('/files/:name', function download(req, res) {
  fs.createReadStream(path.join(__dirname, 'data', req.params.name))
    .on('error', function (err) { res.status(404).json({ code: err.code }); })
    .pipe(res.type('text'));
});

app.get('/files/:name/part', function part(req, res) {
  var chunks = [];
  fs.createReadStream(path.join(__dirname, 'data', req.params.name), { start: 4, end: 8, encoding: 'utf8', highWaterMark: 2 })
    .on('data', function (c) { chunks.push(c); })
    .on('end', function () { res.json({ chunks: chunks }); });
});

app.get('/saved', function list(req, res) {
  res.json(saved);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
