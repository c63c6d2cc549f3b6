const express = require('express');
const bcrypt = require('bcryptjs');
const db = require('../db');
const { sign, requireAuth, revoked } = require('../auth');
const { Conflict, Unauthorized, ValidationError } = require('../errors');
const { publicUser } = require('../utils');

const router = express.Router();

router.post('/register', async (req, res) => {
  const { email, name, password } = req.body ?? {};
  if (!email?.includes('@') || !password || password.length < 6) {
    throw new ValidationError(['email and a password of 6+ characters are required']);
  }
  const key = email.toLowerCase();
  if (db.byEmail.has(key)) throw new Conflict('email already registered');
  const passwordHash = await bcrypt.hash(password, 4);
  const user = { id: db.nextId('user'), email: key, name: name ?? key.split('@')[0], passwordHash };
  db.users.set(user.id, user);
  db.byEmail.set(key, user.id);
  res.status(201).json(publicUser(user));
});

router.post('/login', async (req, res) => {
  const { email = '', password = '' } = req.body ?? {};
  const user = db.users.get(db.byEmail.get(email.toLowerCase()));
  const ok = user ? await bcrypt.compare(password, user.passwordHash) : false;
  if (!ok) throw new Unauthorized('bad credentials');
  const token = sign(user);
  res.json({ token, user: publicUser(user) });
});

router.post('/logout', requireAuth, (req, res) => {
  revoked.add(req.token);
  res.json({ revoked: revoked.size });
});

router.get('/me', requireAuth, (req, res) => {
  const mine = [...db.todos.values()].filter((t) => t.ownerId === req.user.id);
  res.json({ ...publicUser(req.user), todos: mine.length, open: mine.filter((t) => !t.done).length });
});

module.exports = router;
