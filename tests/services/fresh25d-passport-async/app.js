// Passport's local strategy written with async/await, as most 2025 guides write it: an async
// verify awaiting a user lookup and bcrypt.compare, an async deserializeUser, a sign-up route
// that awaits the hash then logs the new user in with req.login, per-user visit counters.
const express = require('express');
const session = require('express-session');
const passport = require('passport');
const { Strategy: LocalStrategy } = require('passport-local');
const bcrypt = require('bcryptjs');

const users = new Map();
let nextId = 1;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function addUser(username, password) {
  const hash = await bcrypt.hash(password, 4);
  const user = { id: nextId++, username, hash, visits: 0 };
  users.set(user.id, user);
  return user;
}

async function findByName(username) {
  await sleep(1);
  return [...users.values()].find((u) => u.username === username) ?? null;
}

passport.use(new LocalStrategy(async (username, password, done) => {
  try {
    const user = await findByName(username);
    if (!user) return done(null, false, { message: 'Unknown user' });
    const ok = await bcrypt.compare(password, user.hash);
    if (!ok) return done(null, false, { message: 'Wrong password' });
    return done(null, user);
  } catch (err) {
    return done(err);
  }
}));

passport.serializeUser((user, done) => done(null, user.id));
passport.deserializeUser(async (id, done) => {
  await sleep(1);
  done(null, users.get(id) ?? false);
});

const app = express();
app.use(express.json());
app.use(session({
  secret: 'keyboard cat',
  resave: false,
  saveUninitialized: false,
  genid: (req) => 'sess-' + (req.headers['x-session-name'] || 'anonymous'),
}));
app.use(passport.initialize());
app.use(passport.session());

const requireUser = (req, res, next) => (req.isAuthenticated() ? next() : res.status(401).json({ error: 'log in first' }));

app.post('/signup', async (req, res, next) => {
  const { username, password } = req.body;
  if (await findByName(username)) return res.status(409).json({ error: 'taken' });
  const user = await addUser(username, password);
  req.login(user, (err) => {
    if (err) return next(err);
    res.status(201).json({ id: user.id, username });
  });
});

app.post('/login', passport.authenticate('local', { failWithError: true }), (req, res) => {
  res.json({ welcome: req.user.username });
});

app.get('/me', requireUser, (req, res) => {
  req.user.visits += 1;
  res.json({ username: req.user.username, visits: req.user.visits });
});

app.post('/logout', requireUser, (req, res, next) => {
  req.logout((err) => (err ? next(err) : res.json({ bye: true })));
});

app.get('/stats', (req, res) => res.json([...users.values()].map(({ username, visits }) => ({ username, visits }))));

app.use((err, req, res, next) => res.status(err.status || 500).json({ error: err.message }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
