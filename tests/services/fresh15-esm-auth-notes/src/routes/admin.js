import { Router } from 'express';

import { requireAuth, requireRole } from '../middleware/auth.js';
import { stats } from '../services/tokens.js';
import { list } from '../services/users.js';

const router = Router();

router.get('/users', requireAuth, requireRole('admin'), (req, res) => {
  res.json({ users: list(), tokens: stats() });
});

export default router;
