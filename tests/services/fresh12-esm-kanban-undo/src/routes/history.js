import { Router } from 'express';
import { undo, redo, depth } from '../services/history.js';
import { exportFeedAsync } from '../services/feed.js';
import { board } from '../domain/Board.js';

const router = Router();

router.post('/undo', (req, res) => {
  const label = undo();
  label ? res.json({ undone: label, board: board.view(), ...depth() }) : res.status(409).json({ error: 'nothing to undo' });
});

router.post('/redo', (req, res) => {
  const label = redo();
  label ? res.json({ redone: label, board: board.view(), ...depth() }) : res.status(409).json({ error: 'nothing to redo' });
});

router.get('/feed', async (req, res, next) => {
  try {
    const body = await exportFeedAsync(req.query.format ?? 'json');
    res.type(req.query.format === 'text' ? 'text/plain' : 'application/json').send(body);
  } catch (err) {
    err.status = 400;
    next(err);
  }
});

export default router;
