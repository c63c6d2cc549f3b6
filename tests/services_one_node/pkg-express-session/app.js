// express-session 1.18 with its MemoryStore: a session cookie set through
// on-headers, the session saved by res.end's wrapper (MemoryStore defers with
// setImmediate), views counted per session, destroy. The MemoryStore lives in
// each node's copy of the package: this service runs on one node only
// (tests/executor/test_stream_packages.py).
var express = require('express');
var session = require('express-session');
var app = express();

app.use(session({
  secret: 'keyboard cat',
  name: 'sid',
  resave: false,
  saveUninitialized: false,
  genid: function (req) { return 'session-' + req.headers['x-session-name']; },
  cookie: { httpOnly: true, maxAge: null }
}));

app.get('/visit', function visit(req, res) {
  req.session.views = (req.session.views || 0) + 1;
  res.json({ views: req.session.views, id: req.sessionID });
});

app.get('/peek', function peek(req, res) {
  res.json({ views: req.session.views || null, isNew: !req.session.views });
});

app.post('/logout', function logout(req, res) {
  var had = req.session.views || 0;
  req.session.destroy();
  res.json({ destroyed: true, had: had });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
