import { Router } from 'express';
import { runner } from '../services/runner.js';

const router = Router();

router.post('/', (req, res) => {
  if (!req.body?.name) return res.status(400).json({ error: 'name required' });
  res.status(202).json(runner.submit(req.body));
});

router.get('/', (req, res) => {
  res.json(runner.list().map(({ id, state, done }) => ({ id, state, done })));
});

router.get('/:id/wait', async (req, res, next) => {
  try {
    const task = await runner.wait(req.params.id);
    if (!task) return res.sendStatus(404);
    res.json(task);
  } catch (err) {
    next(err);
  }
});

router.delete('/:id', (req, res) => {
  const ok = runner.cancel(req.params.id);
  res.status(ok ? 202 : 409).json({ id: req.params.id, cancelled: ok, state: runner.get(req.params.id)?.state ?? null });
});

export default router;
