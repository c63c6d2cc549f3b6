// Login sessions kept in subclasses of builtins: `class SessionStore extends Map` (a `set` override
// counting writes, a private index of tokens per user, idle sessions swept by a setTimeout per
// session), `class Roles extends Set`, and an `EventTarget` whose 'login'/'logout' listeners
// (`addEventListener`, a `CustomEvent`'s `detail`) write an activity log. Tokens are counters, not random.
'use strict';
const express = require('express');
const { sessions, Roles } = require('./lib/sessions');
const activity = require('./lib/activity');

const app = express();
app.use(express.json());

const auth = (req, res, next) => {
  const token = req.get('authorization')?.replace(/^Bearer /, '');
  const session = token && sessions.touch(token);
  if (!session) return res.status(401).json({ error: 'not logged in' });
  req.session = session;
  next();
};

app.post('/login', (req, res) => {
  const { user, roles = [] } = req.body ?? {};
  if (!user) return res.status(400).json({ error: 'user required' });
  const { token, session } = sessions.open(user, new Roles(roles), Number(req.query.idleMs ?? 60000));
  activity.target.dispatchEvent(new CustomEvent('login', { detail: { user, token } }));
  res.status(201).json({ token, roles: [...session.roles] });
});

app.get('/me', auth, (req, res) => {
  const { user, roles, hits } = req.session;
  res.json({ user, roles: [...roles], hits, admin: roles.has('admin') });
});

app.post('/me/roles', auth, (req, res) => {
  req.session.roles.grant(req.body?.role);
  res.json({ roles: [...req.session.roles], granted: req.session.roles.granted });
});

app.post('/logout', auth, (req, res) => {
  sessions.close(req.get('authorization').slice(7));
  activity.target.dispatchEvent(new CustomEvent('logout', { detail: { user: req.session.user } }));
  res.json({ open: sessions.size });
});

app.get('/sessions', (req, res) => {
  res.json({ open: sessions.size, writes: sessions.writes, users: sessions.users(), log: activity.log });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
