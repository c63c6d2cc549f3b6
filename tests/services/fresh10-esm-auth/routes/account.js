import express from 'express';
import { authenticate, lockedOut } from '../lib/users.js';
import { SessionStore, audit } from '../lib/sessions.js';
import { requireRole } from '../middleware/auth.js';

const router = express.Router();
const sessions = SessionStore.getInstance();

router.get('/login', (req, res) => {
  res.type('html').send(`<form method="post" action="/login?next=${encodeURIComponent(req.query.next ?? '/me')}"></form>`);
});

router.post('/login', (req, res) => {
  const { username = '', password = '' } = req.body ?? {};
  const result = authenticate(username, password);
  if (result.error) return res.status(401).json(result);
  const token = sessions.create(result.user);
  res.cookie('token', token, { httpOnly: true, path: '/' });
  res.redirect(303, req.query.next ?? '/me');
});

router.post('/logout', (req, res) => {
  const sid = res.locals.session?.sid;
  res.clearCookie('token', { path: '/' });
  res.json({ loggedOut: sid ? sessions.destroy(sid) : false });
});

router.get('/me', requireRole('user'), (req, res) => {
  const { user, roles, visits } = res.locals.session;
  res.json({ user, roles, visits });
});

router.get('/admin', requireRole('admin'), (req, res) => {
  res.json({ sessions: sessions.size, audit, locked: lockedOut() });
});

export default router;
