// express-session 1.18 with its default MemoryStore, which session() makes itself and
// keeps in the middleware's closure: package state out of the service's sight (the
// analysis gives the call a unit of its own, where the runtime runs the middleware with
// the store as that unit's state). A session cookie set through on-headers, the session
// saved by res.end's wrapper (MemoryStore defers with setImmediate), views counted per
// session, destroy.
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
