import { Router } from 'express';
import { evaluate, counters } from '../services/evaluator.js';

const router = Router();
const perFlag = {};

router.use('/:flag', (req, res, next) => {
  perFlag[req.params.flag] = (perFlag[req.params.flag] ?? 0) + 1;
  next();
});

router.get('/:flag', (req, res) => {
  const users = String(req.query.users ?? 'anon').split(',');
  res.json(Object.fromEntries(users.map((u) => [u, evaluate(req.params.flag, u)])));
});

router.get('/', (req, res) => res.json({ counters, perFlag }));

export default router;
