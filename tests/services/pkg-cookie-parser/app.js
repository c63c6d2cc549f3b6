// cookie-parser: plain, signed and JSON cookies read from requests; cookies set by the
// handlers (signed, JSON, cleared) copied from Set-Cookie into x-cookies for the comparison.
var express = require('express');
var cookieParser = require('cookie-parser');
var app = express();
var seen = {};

app.use(cookieParser(['new secret', 'old secret']));
function echo(res) { res.set('x-cookies', [].concat(res.get('Set-Cookie') || []).join(' | ')); }

app.get('/read', function read(req, res) {
  res.json({ cookies: req.cookies, signed: req.signedCookies });
});
app.post('/login/:user', function login(req, res) {
  seen[req.params.user] = (seen[req.params.user] || 0) + 1;
  res.cookie('user', req.params.user, { signed: true, httpOnly: true, path: '/' });
  res.cookie('prefs', { theme: 'dark', visits: seen[req.params.user] });
  echo(res);
  res.status(201).send('hello ' + req.params.user);
});
app.post('/logout', function logout(req, res) {
  res.clearCookie('user', { path: '/' });
  echo(res);
  res.send('bye ' + (req.signedCookies.user || 'nobody'));
});
app.get('/unsign', function unsign(req, res) {
  res.json({ plain: cookieParser.signedCookie(String(req.query.v), 'new secret'),
             json: cookieParser.JSONCookie(String(req.query.v)) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
