import { Router } from 'express';
import { requireSession } from '../middleware/auth.js';
import { openSession, sessions, evictions } from '../stores/sessions.js';
import { recordView, recentFor } from '../stores/recentlyViewed.js';

export const shop = Router();

shop.post('/login', (req, res) => {
  res.status(201).json({ token: openSession(req.body.user) });
});

shop.get('/products/:id', requireSession, (req, res) => {
  const views = recordView(req.session.user, req.params.id);
  res.json({ id: req.params.id, views, hits: req.session.hits });
});

shop.get('/recent', requireSession, (req, res) => {
  res.json(recentFor(req.session.user));
});

export const admin = Router();

admin.get('/sessions', (req, res) => {
  res.json({
    size: sessions.size,
    maxSize: sessions.maxSize,
    tokens: [...sessions.keys()],
    peek: sessions.peek('tok-1')?.user ?? null,
    evictions,
  });
});

admin.post('/sessions/resize', (req, res) => {
  sessions.resize(req.body.maxSize);
  res.json({ size: sessions.size, maxSize: sessions.maxSize, evictions });
});

admin.delete('/sessions/:token', (req, res) => {
  res.json({ deleted: sessions.delete(req.params.token) });
});
