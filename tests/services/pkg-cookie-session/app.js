// cookie-session: a signed cookie session (keygrip with two keys), read, changed and cleared in
// the handlers; the Set-Cookie it writes is copied to x-set-cookie (the tests compare x-* headers).
var express = require('express');
var cookieSession = require('cookie-session');
var app = express();

app.use(function copySetCookie(req, res, next) {
  var writeHead = res.writeHead;
  res.writeHead = function () {
    var cookies = res.getHeader('set-cookie');
    if (cookies) res.setHeader('x-set-cookie', [].concat(cookies).join(' | '));
    return writeHead.apply(this, arguments);
  };
  next();
});
app.use(cookieSession({ name: 'sess', keys: ['new key', 'old key'], httpOnly: true, path: '/' }));

app.get('/visit', function visit(req, res) {
  req.session.views = (req.session.views || 0) + 1;
  res.json({ views: req.session.views, isNew: req.session.isNew });
});

app.get('/peek', function peek(req, res) {
  res.json({ populated: req.session.isPopulated, isNew: req.session.isNew, changed: req.session.isChanged,
             session: req.session });
});

app.post('/login/:user', function login(req, res) {
  req.session.user = req.params.user;
  req.sessionOptions.maxAge = undefined;
  res.status(201).send('hello ' + req.params.user);
});

app.post('/logout', function logout(req, res) {
  req.session = null;
  res.send('bye');
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
