import { Router } from 'express';
import { board } from '../domain/Board.js';
import { run } from '../services/history.js';
import { addCard, moveCard, deleteCard } from '../services/commands.js';

const router = Router();

router.get('/', (req, res) => res.json(board.view()));

router.post('/', (req, res) => {
  if (!req.body?.title) return res.status(400).json({ error: 'title required' });
  res.status(201).json(run(addCard(req.body.title, req.body.column ?? 'todo')));
});

router.post('/:id/move', (req, res) => {
  run(moveCard(Number(req.params.id), req.body.to, req.body.index));
  res.json(board.view());
});

router.delete('/:id', (req, res) => {
  res.json(run(deleteCard(Number(req.params.id))));
});

export default router;
