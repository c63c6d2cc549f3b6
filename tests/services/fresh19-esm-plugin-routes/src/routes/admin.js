import { Router } from 'express';
import { loaded } from '../core/hooks.js';
import { tagCounts } from '../plugins/tags.js';
import { counters } from '../plugins/stats.js';

const router = Router();
router.get('/plugins', (req, res) => res.json(loaded));
router.get('/stats', (req, res) => res.json({ ...counters, tags: Object.fromEntries([...tagCounts].sort()) }));

export default router;
