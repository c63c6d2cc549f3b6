import express from 'express';
import { join, get } from '../repo/members.js';

const router = express.Router();

router.post('/', (req, res) => res.status(201).json(join(req.body.name)));
router.get('/:id', (req, res) => {
  const member = get(Number(req.params.id));
  if (!member) return res.sendStatus(404);
  res.json(member);
});

export default router;
