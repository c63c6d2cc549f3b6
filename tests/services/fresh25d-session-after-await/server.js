// Sessions written after an await, as login and cart handlers are written with async/await:
// express-session with its default MemoryStore, a user lookup and a price lookup that await
// (a timer standing for a database), a session regenerated at login, a flash message read once.
const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.json());
app.use(session({
  secret: 'correct horse',
  name: 'sid',
  resave: false,
  saveUninitialized: false,
  genid: (req) => 'sess-' + (req.get('x-session-name') || 'anon'),
}));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const users = new Map([['ada', { name: 'ada', role: 'admin' }], ['bob', { name: 'bob', role: 'user' }]]);
const prices = { mug: 8, pen: 2, lamp: 30 };
let logins = 0;

async function findUser(name) {
  await sleep(2);
  return users.get(name) ?? null;
}

async function priceOf(item) {
  await sleep(1);
  return prices[item];
}

app.post('/login', async (req, res) => {
  const user = await findUser(req.body.name);
  if (!user) return res.status(401).json({ error: 'unknown user' });
  logins += 1;
  req.session.user = { name: user.name, role: user.role };
  req.session.flash = `welcome back, ${user.name}`;
  res.json({ ok: true, logins });
});

// The login of express-session's README, with async/await: a new session, then an explicit save
// before answering.
app.post('/sign-in', async (req, res, next) => {
  const user = await findUser(req.body.name);
  if (!user) return res.status(401).json({ error: 'unknown user' });
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.user = { name: user.name, role: user.role };
    req.session.save((err) => {
      if (err) return next(err);
      res.json({ ok: true, id: req.sessionID });
    });
  });
});

// The same with a promise's callbacks, as older code writes it.
app.post('/sign-in-then', (req, res, next) => {
  findUser(req.body.name).then((user) => {
    if (!user) return res.status(401).json({ error: 'unknown user' });
    req.session.regenerate((err) => {
      if (err) return next(err);
      req.session.user = { name: user.name, role: user.role };
      setTimeout(() => res.json({ ok: true, id: req.sessionID, via: 'then' }), 2);
    });
  }, next);
});

app.get('/me', (req, res) => {
  const flash = req.session.flash ?? null;
  delete req.session.flash;
  res.json({ user: req.session.user ?? null, flash });
});

app.post('/cart/:item', async (req, res) => {
  const price = await priceOf(req.params.item);
  if (price === undefined) return res.status(404).json({ error: `no ${req.params.item}` });
  const cart = (req.session.cart ??= []);
  cart.push({ item: req.params.item, price });
  res.status(201).json({ lines: cart.length, total: cart.reduce((sum, line) => sum + line.price, 0) });
});

app.get('/cart', async (req, res) => {
  await sleep(1);
  res.json(req.session.cart ?? []);
});

app.post('/logout', async (req, res) => {
  await sleep(1);
  req.session.destroy(() => res.json({ ok: true }));
});

app.listen(process.env.PORT || 3000);
