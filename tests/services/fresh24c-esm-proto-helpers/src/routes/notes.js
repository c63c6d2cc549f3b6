import { Router } from 'express';
import * as notes from '../services/notes.js';

const router = Router();

router.use((req, res, next) => {
  if (!req.user) return res.fail('UNAUTHENTICATED', 'log in first', 401);
  next();
});

router.get('/', (req, res) => res.ok(notes.listFor(req.user.name)));

router.post('/', async (req, res) => {
  const text = req.body?.text?.trim();
  if (!text) return res.fail('TEXT_REQUIRED', 'text is required', 422);
  await new Promise((resolve) => setTimeout(resolve, 5));
  res.created(notes.add(req.user.name, text));
});

router.patch('/:id/pin', async (req, res) => {
  const note = notes.find(Number(req.params.id));
  if (!note) return res.notFound(`note ${req.params.id}`);
  if (note.owner !== req.user.name) return res.fail('FORBIDDEN', 'not your note', 403);
  await null;
  note.pinned = !note.pinned;
  res.ok(note);
});

router.delete('/:id', (req, res) => {
  const note = notes.find(Number(req.params.id));
  if (!note) return res.notFound(`note ${req.params.id}`);
  if (note.owner !== req.user.name) return res.fail('FORBIDDEN', 'not your note', 403);
  notes.remove(note.id);
  res.status(204).end();
});

export default router;
