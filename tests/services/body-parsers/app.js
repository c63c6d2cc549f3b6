// Request bodies: express.json (strict and not, with a size limit),
// express.text, express.urlencoded (qs and querystring flavours), express.raw,
// and how body-parser's errors reach an error handler or Express's default one.
var express = require('express');
var app = express();

function show(req, res) {
  res.json({ type: Array.isArray(req.body) ? 'array' : typeof req.body, body: req.body });
}

app.post('/json', express.json(), show);
app.post('/json-loose', express.json({ strict: false }), show);
app.post('/json-small', express.json({ limit: '40b' }), show);
app.post('/text', express.text(), show);
app.post('/csv', express.text({ type: 'text/csv' }), function csv(req, res) {
  var rows = req.body.trim().split('\n').map(function cells(line) { return line.split(','); });
  res.json({ header: rows[0], rows: rows.slice(1) });
});
app.post('/form', express.urlencoded({ extended: false }), show);
app.post('/form-deep', express.urlencoded({ extended: true }), show);
app.post('/raw', express.raw(), function raw(req, res) {
  res.json({ isBuffer: Buffer.isBuffer(req.body), length: req.body.length, hex: Buffer.isBuffer(req.body) ? req.body.toString('hex') : null });
});
app.put('/any', express.json(), express.text(), express.urlencoded({ extended: false }), function any(req, res) {
  res.json({ contentType: req.get('content-type') || null, body: req.body });
});
app.post('/checked', express.json(), show);

app.use(function bodyErrors(err, req, res, next) {
  if (req.path !== '/checked') return next(err);
  res.status(err.status).json({ type: err.type, status: err.status, expose: err.expose });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
