// Handlers and middleware that throw synchronously: Express's default error
// handler answers (its page depends on NODE_ENV; the tests run production).
var express = require('express');
var app = express();

function failure(message, fields) {
  var err = new Error(message);
  Object.keys(fields || {}).forEach(function copy(k) { err[k] = fields[k]; });
  return err;
}

app.get('/boom', function boom() {
  throw new Error('boom');
});

app.get('/teapot', function teapot() {
  throw failure('short and stout', { status: 418 });
});

app.get('/gone', function gone() {
  throw failure('gone away', { statusCode: 410 });
});

app.get('/slow-down', function slowDown() {
  throw failure('too many', { status: 429, headers: { 'X-Retry-In': '10' } });
});

app.get('/not-an-error-status', function notAnErrorStatus() {
  throw failure('status below 400', { status: 302 });
});

app.get('/string', function throwString() {
  throw 'plain string';
});

app.get('/type-error', function typeError(req) {
  return req.nothing.here;
});

app.get('/bad-json', function badJson(req, res) {
  res.json(JSON.parse('{bad'));
});

app.use('/guarded', function brokenMiddleware() {
  throw new TypeError('middleware broke');
});

app.get('/guarded/page', function neverReached(req, res) {
  res.send('unreachable');
});

app.get('/ok', function ok(req, res) {
  res.send('still alive');
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
