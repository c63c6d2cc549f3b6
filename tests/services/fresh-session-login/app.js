// Logins with cookie-parser: a SessionStore class keeps sessions in a private Map,
// ids from a counter; a middleware loads the session onto req; a `requireUser`
// guard; visits counted per session; logout deletes the session.
const express = require('express');
const cookieParser = require('cookie-parser');

const USERS = { ada: 'lovelace', alan: 'turing' };

class SessionStore {
  #sessions = new Map();
  #seq = 100;

  create(user) {
    const id = `sess-${++this.#seq}`;
    this.#sessions.set(id, { user, visits: 0, roles: user === 'ada' ? ['admin'] : [] });
    return id;
  }

  find(id) {
    return id ? this.#sessions.get(id) : undefined;
  }

  destroy(id) {
    return this.#sessions.delete(id);
  }

  get size() {
    return this.#sessions.size;
  }
}

const sessions = new SessionStore();
const app = express();
app.use(express.json());
app.use(cookieParser());

app.use((req, res, next) => {
  req.session = sessions.find(req.cookies.sid);
  if (req.session) req.session.visits += 1;
  next();
});

const requireUser = (req, res, next) =>
  req.session ? next() : res.status(401).json({ error: 'login required' });

app.post('/login', (req, res) => {
  const { user, password } = req.body ?? {};
  if (USERS[user] !== password) return res.status(403).json({ error: 'bad credentials' });
  const id = sessions.create(user);
  res.cookie('sid', id).json({ ok: true, user, active: sessions.size });
});

app.get('/me', requireUser, (req, res) => {
  const { user, visits, roles } = req.session;
  res.json({ user, visits, admin: roles.includes('admin') });
});

app.post('/logout', requireUser, (req, res) => {
  sessions.destroy(req.cookies.sid);
  res.clearCookie('sid').json({ ok: true, active: sessions.size });
});

app.get('/admin', requireUser, (req, res) => {
  if (!req.session.roles.includes('admin')) return res.status(403).send('forbidden');
  res.send(`hello ${req.session.user}, ${sessions.size} active`);
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
