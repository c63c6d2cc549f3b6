import { Router } from 'express';
import { snapshot } from '../services/stats.js';

const router = Router();
router.get('/', (req, res) => res.json(snapshot()));
export default router;
