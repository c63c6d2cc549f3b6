const express = require('express');
const desk = require('../lib/tickets');

const router = express.Router();

router.post('/', (req, res) => {
  try {
    res.status(201).json(desk.open(req.body.subject, req.body.priority));
  } catch (err) {
    res.status(400).json({ error: err.message });
  }
});

router.post('/:id/escalate', (req, res) => {
  const t = desk.escalate(Number(req.params.id));
  t ? res.json(t) : res.status(404).json({ error: 'not queued' });
});

router.post('/:id/solve', (req, res) => {
  const r = desk.solve(Number(req.params.id));
  r ? res.json(r) : res.status(409).json({ error: 'not assigned' });
});

module.exports = router;
