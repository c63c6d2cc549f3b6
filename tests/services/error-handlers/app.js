// next(err) into a chain of 4-argument error handlers: one that logs and
// passes on, one for client errors, one that recovers with next(), one for
// ENOENT, a router with its own handler, and Express's default at the end.
var express = require('express');
var fs = require('fs');
var path = require('path');
var app = express();
var errorLog = [];

function fail(message, status, next) {
  var err = new Error(message);
  err.status = status;
  next(err);
}

app.get('/fail/:code', function failWith(req, res, next) {
  fail('failure ' + req.params.code, Number(req.params.code), next);
});

app.get('/later', function later(req, res, next) {
  setTimeout(function afterTimer() { fail('failed later', 409, next); }, 2);
});

app.get('/file/:name', function readNamed(req, res, next) {
  fs.readFile(path.join(__dirname, 'data', path.basename(req.params.name)), 'utf8', function read(err, text) {
    if (err) return next(err);
    res.send(text);
  });
});

app.get('/recoverable', function recoverable(req, res, next) {
  var err = new Error('can be ignored');
  err.recoverable = true;
  next(err);
});

app.get('/handler-throws', function handlerThrows(req, res, next) {
  var err = new Error('first');
  err.explode = true;
  next(err);
});

app.get('/errors', function listErrors(req, res) {
  res.json(errorLog);
});

var api = express.Router();
api.get('/broken', function broken(req, res, next) { next(new Error('api broke')); });
api.get('/fine', function fine(req, res) { res.json({ fine: true }); });
api.use(function apiErrors(err, req, res, next) {
  res.status(500).json({ api: true, error: err.message });
});
app.use('/api', api);

app.use(function logErrors(err, req, res, next) {
  errorLog.push(err.code || err.message);  // an fs error's message holds the absolute path
  next(err);
});

app.use(function exploding(err, req, res, next) {
  if (err.explode) throw new Error('error handler threw while handling ' + err.message);
  next(err);
});

app.use(function skippedDuringErrors(req, res, next) {
  req.passedPlainMiddleware = true;
  next();
});

app.use(function clientErrors(err, req, res, next) {
  if (err.status >= 400 && err.status < 500) {
    return res.status(err.status).json({ error: err.message, logged: errorLog.length });
  }
  next(err);
});

app.use(function recover(err, req, res, next) {
  if (err.recoverable) return next();
  next(err);
});

app.use(function missingFiles(err, req, res, next) {
  if (err.code !== 'ENOENT') return next(err);
  res.status(404).json({ error: 'no such file', code: err.code, syscall: err.syscall });
});

app.use(function afterRecovery(req, res, next) {
  res.status(200).json({ recovered: req.path, passedPlainMiddleware: !!req.passedPlainMiddleware });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
