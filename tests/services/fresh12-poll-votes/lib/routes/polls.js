const express = require('express');
const repo = require('../services/repo');
const { results, computed } = require('../services/results');

const router = express.Router();

router.post('/', (req, res) => {
  const { question, options } = req.body ?? {};
  if (!question || !Array.isArray(options) || options.length < 2) return res.status(400).json({ error: 'question and 2+ options' });
  const poll = repo.create(question, options);
  if (req.body.closeAfterMs) setTimeout(() => repo.close(poll.id), req.body.closeAfterMs).unref?.();
  res.status(201).json({ id: poll.id, options: poll.options });
});

router.post('/:id/votes', (req, res) => {
  const err = repo.vote(req.params.id, req.get('x-voter') ?? req.ip, req.body?.option);
  if (err) return res.status(err === 'no such poll' ? 404 : 409).json({ error: err });
  res.status(201).json(results(req.params.id));
});

router.get('/:id', (req, res) => {
  const r = results(req.params.id);
  r ? res.json({ ...r, computed: computed() }) : res.sendStatus(404);
});

router.get('/', (req, res) => res.json(repo.all().map((p) => ({ id: p.id, open: p.open, turnout: p.turnout }))));

module.exports = router;
