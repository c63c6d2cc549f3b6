// express-session 1.18 with a MemoryStore the service makes and hands to session():
// the store is module state changed only by the package (the analysis gives it a unit of
// its own, where the session middleware runs), so sessions made on one node are found on
// the other. Views and a cart kept per session, the session cookie set through on-headers,
// saved by res.end's wrapper (MemoryStore defers with setImmediate), destroy.
var express = require('express');
var session = require('express-session');
var app = express();

var store = new session.MemoryStore();
app.use(session({
  store: store,
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

app.post('/cart/:item', function add(req, res) {
  var cart = req.session.cart || (req.session.cart = []);
  cart.push(req.params.item);
  res.status(201).json({ cart: cart, id: req.sessionID });
});

app.get('/peek', function peek(req, res) {
  res.json({ views: req.session.views || null, cart: req.session.cart || [], isNew: !req.session.views });
});

app.post('/logout', function logout(req, res) {
  var had = req.session.views || 0;
  req.session.destroy(function (err) {
    res.json({ destroyed: !err, had: had });
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
