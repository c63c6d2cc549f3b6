import { Router } from 'express';
import store, { rejected } from '../store/index.js';
import { add, toggle } from '../store/actions.js';
import { lastChange } from '../store/subscribers.js';

const router = Router();

router.post('/', (req, res) => {
  const changed = add(req.body.text);
  res.status(changed ? 201 : 400).json({ changed, lastChange, count: store.getState().items.length });
});

router.post('/:id/toggle', (req, res) => {
  res.json({ changed: toggle(req.params.id), lastChange });
});

router.get('/', (req, res) => {
  const { items } = store.getState();
  res.json({ open: items.filter((t) => !t.done).map((t) => t.text), done: items.filter((t) => t.done).length, rejected });
});

export default router;
