import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import { z } from 'zod';

import { config } from '../config.js';
import { requireAuth } from '../middleware/auth.js';
import { revoke, sign } from '../services/tokens.js';
import * as users from '../services/users.js';

const credentials = z.object({
  username: z.string().trim().min(3).max(20).regex(/^[a-z0-9_]+$/i, 'letters, digits and _ only'),
  password: z.string().min(8, 'at least 8 characters'),
});

const loginLimiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  limit: config.loginAttempts,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
  skipSuccessfulRequests: true,
  keyGenerator: (req) => String(req.body?.username ?? 'anonymous').toLowerCase(),
  handler: (req, res, next, options) =>
    res.status(options.statusCode).json({ error: 'too_many_attempts', retryInMinutes: options.windowMs / 60000 }),
});

const router = Router();

router.post('/register', async (req, res) => {
  const user = await users.register(credentials.parse(req.body));
  res.status(201).json(user);
});

router.post('/login', loginLimiter, async (req, res) => {
  const user = await users.verify(credentials.parse(req.body));
  res.cookie(config.cookieName, sign(user), { httpOnly: true, sameSite: 'lax' });
  res.json({ user: users.publicUser(user) });
});

router.get('/me', requireAuth, (req, res) => {
  res.json({ user: users.publicUser(req.user), tokenId: req.token.jti });
});

router.post('/logout', requireAuth, (req, res) => {
  revoke(req.token);
  res.clearCookie(config.cookieName);
  res.status(204).end();
});

router.post('/logout-everywhere', requireAuth, (req, res) => {
  users.revokeAll(req.user);
  res.clearCookie(config.cookieName);
  res.status(204).end();
});

export default router;
