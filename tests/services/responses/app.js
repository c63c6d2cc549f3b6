// The ways of answering: res.send (string, object, array, Buffer), res.json,
// res.jsonp, res.status, res.sendStatus, res.type, res.set, res.end, res.write,
// res.attachment, res.format.
var express = require('express');
var app = express();

app.get('/send-string', function (req, res) { res.send('<b>bold</b>'); });
app.get('/send-object', function (req, res) { res.send({ a: 1, b: [true, null] }); });
app.get('/send-array', function (req, res) { res.send([1, 'two']); });
app.get('/send-buffer', function (req, res) { res.send(Buffer.from('raw bytes')); });
app.get('/send-empty', function (req, res) { res.send(''); });
app.get('/json-null', function (req, res) { res.json(null); });
app.get('/json-string', function (req, res) { res.json('quoted'); });
app.get('/json-number', function (req, res) { res.json(42); });
app.get('/json-unicode', function (req, res) { res.json({ word: 'été', emoji: '\u2603' }); });
app.get('/created', function (req, res) { res.status(201).send('created'); });
app.get('/status-json', function (req, res) { res.status(422).json({ error: 'unprocessable' }); });
app.get('/send-status/:code', function (req, res) { res.sendStatus(Number(req.params.code)); });
app.get('/type/:t', function (req, res) { res.type(req.params.t).send('typed as ' + req.params.t); });
app.get('/set-type', function (req, res) { res.set('Content-Type', 'text/plain').send('plain'); });
app.get('/set-charset', function (req, res) { res.set('Content-Type', 'text/plain; charset=iso-8859-1').send('latin'); });
app.get('/end', function (req, res) { res.status(202).end(); });
app.get('/end-text', function (req, res) { res.end('ended'); });
app.get('/write', function (req, res) {
  res.write('a');
  res.write('b');
  res.end('c');
});
app.get('/no-content', function (req, res) { res.status(204).send('dropped'); });
app.get('/jsonp', function (req, res) { res.jsonp({ ok: true }); });
app.get('/attachment', function (req, res) { res.attachment('report.txt').send('a,b\n1,2\n'); });
app.get('/format', function (req, res) {
  res.format({
    'text/plain': function () { res.send('plain text'); },
    'text/html': function () { res.send('<p>html</p>'); },
    'application/json': function () { res.json({ format: 'json' }); }
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
