import { Router } from 'express';
import Poll from '../models/Poll.js';

const router = Router();
let nextId = 1;

router.post('/', (req, res) => {
  const { question, options = [], ...settings } = req.body;
  const poll = new Poll(nextId++, question, options, settings);
  res.status(201).json(poll);
});

router.param('id', (req, res, next, id) => {
  const poll = Poll.find(Number(id));
  if (!poll) return res.status(404).json({ error: 'no such poll' });
  req.poll = poll;
  next();
});

router.post('/:id/votes', (req, res) => {
  const result = req.poll.vote(req.get('x-voter') ?? 'anonymous', req.body.option);
  res.status(result.ok ? 200 : 409).json(result);
});

router.get('/:id', (req, res) => {
  const { poll } = req;
  res.json({ question: poll.question, ranking: poll.ranking, isRanking: Array.isArray(poll.ranking),
    top2: poll.ranking.top(2), voters: poll.voterCount, closed: poll.closed });
});

router.post('/:id/close', (req, res) => {
  req.poll.closed = true;
  res.json({ closed: req.poll.closed, closedCount: Poll.closedCount });
});

router.get('/', (req, res) => {
  res.json(Poll.all.map((p) => ({ id: p.id, leader: p.ranking.top()[0] ?? null, closed: p.closed })));
});

export default router;
