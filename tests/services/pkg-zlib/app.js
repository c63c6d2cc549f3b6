// Node's `zlib` (pako under Liquefy): sync, callback and streaming round trips,
// gzip's header fields, and the errors of bad or cut data. Compressed bytes are
// not compared (Node 20 builds Chromium's zlib), what they decompress to is.
var express = require('express');
var zlib = require('zlib');
var stream = require('stream');
var app = express();

var stored = {};

app.use(express.text({ type: '*/*' }));

app.put('/store/:name', function store(req, res) {
  stored[req.params.name] = zlib.gzipSync(req.body).toString('base64');
  res.status(201).json({ name: req.params.name, gzipMagic: Buffer.from(stored[req.params.name], 'base64').subarray(0, 4).toString('hex') });
});

app.get('/store/:name', function load(req, res) {
  var packed = stored[req.params.name];
  if (!packed) return res.sendStatus(404);
  zlib.gunzip(Buffer.from(packed, 'base64'), function (err, text) {
    if (err) return res.status(500).send(err.message);
    res.type('text').send(text);
  });
});

app.get('/round/:text', function round(req, res) {
  var t = req.params.text.repeat(20);
  res.json({
    deflate: zlib.inflateSync(zlib.deflateSync(t)).toString() === t,
    raw: zlib.inflateRawSync(zlib.deflateRawSync(Buffer.from(t))).toString() === t,
    unzipGzip: zlib.unzipSync(zlib.gzipSync(t, { level: 9 })).toString() === t,
    unzipDeflate: zlib.unzipSync(zlib.deflateSync(t, { level: 1 })).toString() === t,
    smaller: zlib.gzipSync(t).length < t.length,
    header: Array.from(zlib.gzipSync(t).subarray(0, 10)),
    constants: [zlib.constants.Z_BEST_COMPRESSION, zlib.Z_SYNC_FLUSH, zlib.constants.Z_DATA_ERROR]
  });
});

app.get('/errors', function errors(req, res) {
  var out = [];
  [function () { zlib.gunzipSync(Buffer.from('not gzip at all')); },
   function () { zlib.gunzipSync(zlib.gzipSync('cut short please').subarray(0, 15)); },
   function () { zlib.inflateSync(zlib.gzipSync('wrong wrapper')); }].forEach(function (f) {
    try { f(); out.push('no error'); } catch (e) { out.push([e.message, e.code, e.errno]); }
  });
  res.json(out);
});

app.get('/streamed/:text', function streamed(req, res) {
  var chunks = [];
  stream.pipeline(stream.Readable.from([req.params.text, ' and ', 'more']), zlib.createGzip(), zlib.createGunzip(),
    new stream.Writable({ write: function (c, e, done) { chunks.push(c); done(); } }),
    function (err) { res.json({ err: err ? err.message : null, text: Buffer.concat(chunks).toString() }); });
});

app.get('/gzipped', function gzipped(req, res) {
  res.set('Content-Type', 'text/plain; charset=utf-8');
  res.set('Content-Encoding', 'gzip');
  res.send(zlib.gzipSync('sent compressed, read plain: ' + Object.keys(stored).join(',')));
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
