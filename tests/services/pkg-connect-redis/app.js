// express-session 1.18 with a Redis session store, connect-redis 7.1.1, over node-redis 4
// (the client the service connects): log in, a cart kept in the session, read, log out, log
// in again; the sessions are Redis keys under `pkg-connect-redis:sess:`, listed by a route.
// Session ids come from a header, so that the signed cookies are known in advance.
var express = require('express');
var session = require('express-session');
var RedisStore = require('connect-redis').default;
var redis = require('redis');

var client = redis.createClient({ url: process.env.REDIS_URL });
client.connect();

var app = express();
app.use(express.json());
app.use(session({
  store: new RedisStore({ client: client, prefix: 'pkg-connect-redis:sess:' }),
  secret: 'keyboard cat',
  name: 'sid',
  resave: false,
  saveUninitialized: false,
  genid: function (req) { return 'session-' + req.headers['x-session-name']; },
  cookie: { httpOnly: true, maxAge: null }
}));

var PASSWORDS = { ann: 'apple', bob: 'banana' };

app.post('/login', function login(req, res) {
  var user = req.body.user;
  if (!user || PASSWORDS[user] !== req.body.password) return res.status(401).json({ error: 'bad credentials' });
  var again = req.session.user === user;
  req.session.user = user;
  req.session.cart = req.session.cart || [];
  res.json({ user: user, again: again, id: req.sessionID });
});

function loggedIn(req, res, next) {
  if (!req.session.user) return res.status(401).json({ error: 'log in first' });
  next();
}

app.post('/cart/:item', loggedIn, function add(req, res) {
  req.session.cart.push(req.params.item);
  res.status(201).json({ cart: req.session.cart });
});

app.get('/cart', loggedIn, function read(req, res) {
  res.json({ user: req.session.user, cart: req.session.cart });
});

app.get('/sessions', function sessions(req, res, next) {
  client.keys('pkg-connect-redis:sess:*').then(function (keys) {
    res.json(keys.sort());
  }, next);
});

app.post('/logout', function logout(req, res) {
  var user = req.session.user || null;
  req.session.destroy(function (err) {
    res.json({ loggedOut: !err, user: user });
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
