const express = require('express');
const { board } = require('../lib/board');
const { record } = require('../lib/activity');

const router = express.Router();

const requireFields = (...fields) => (req, res, next) => {
  const missing = fields.filter((f) => req.body?.[f] === undefined);
  if (missing.length) return res.status(400).json({ error: `missing ${missing.join(', ')}` });
  next();
};

router.post('/', requireFields('column', 'title'), (req, res) => {
  const card = board.addCard(req.body.column, req.body);
  record('created', { card: card.id, title: card.title });
  res.status(201).json(card);
});

router.get('/:id', (req, res) => res.json(board.card(req.params.id)));

router.post('/:id/move', requireFields('to'), async (req, res) => {
  const moved = board.move(req.params.id, req.body.to, req.body.position);
  record('moved', moved);
  res.json(moved);
});

router.patch('/:id', (req, res) => {
  const card = board.card(req.params.id);
  const { title, points } = req.body ?? {};
  card.title = title ?? card.title;
  if (points !== undefined) card.points = Number(points) || card.points;
  res.json(card);
});

router.delete('/:id', (req, res) => {
  board.remove(req.params.id);
  record('deleted', { card: req.params.id });
  res.json({ remaining: board.cards.size });
});

module.exports = router;
