import { Router } from 'express';
import { meter } from '../middleware/meter.js';

const router = Router();
router.get('/ping', meter(), (req, res) => res.json({ pong: req.account.owner }));
router.post('/search', meter({ cost: 2 }), (req, res) => res.json({ q: req.body?.q ?? '', hits: (req.body?.q ?? '').length }));
export default router;
