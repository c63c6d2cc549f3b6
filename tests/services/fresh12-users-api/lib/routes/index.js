const { Router } = require('express');
const userService = require('../services/userService');
const repo = require('../repositories/userRepository');
const sessions = require('../services/sessionStore');
const { requireAuth } = require('../middleware/auth');

const router = Router();
const wrap = (fn) => (req, res, next) => Promise.resolve(fn(req, res)).catch(next);

router.post('/users', wrap(async (req, res) => {
  res.status(201).json(await userService.register(req.body));
}));

router.post('/login', wrap(async (req, res) => {
  res.json(await userService.login(req.body));
}));

router.get('/me', requireAuth, (req, res) => {
  const { hash, ...me } = repo.findByName(req.user.name);
  res.json({ ...me, session: req.user.n });
});

router.post('/users/:name/roles', requireAuth, (req, res) => {
  res.json({ roles: userService.promote(req.params.name, req.body.role) });
});

router.post('/logout', requireAuth, (req, res) => {
  sessions.revoke(req.get('authorization').slice(7));
  res.json({ active: sessions.count() });
});

router.get('/admin/stats', (req, res) => {
  res.json({ users: repo.all().map((u) => `${u.id}:${u.name}:${u.roles.join('+')}`), failures: requireAuth.failures(), active: sessions.count() });
});

module.exports = router;
