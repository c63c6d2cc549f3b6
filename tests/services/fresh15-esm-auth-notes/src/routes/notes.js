import { Router } from 'express';
import { z } from 'zod';

import { forbidden, notFound } from '../errors.js';
import { requireAuth } from '../middleware/auth.js';

const noteBody = z.object({
  title: z.string().min(1).max(60),
  body: z.string().max(500).default(''),
  shared: z.boolean().default(false),
});

const notes = [];
let seq = 0;

const router = Router();
router.use(requireAuth);

const visible = (user) => (note) => note.ownerId === user.id || note.shared || user.role === 'admin';

router.get('/', (req, res) => {
  res.json(notes.filter(visible(req.user)).map(({ id, title, ownerId, shared }) => ({ id, title, ownerId, shared })));
});

router.post('/', (req, res) => {
  const note = { id: ++seq, ownerId: req.user.id, ...noteBody.parse(req.body) };
  notes.push(note);
  res.status(201).json(note);
});

router.get('/:id', (req, res) => {
  const note = notes.find((n) => n.id === Number(req.params.id));
  if (!note || !visible(req.user)(note)) throw notFound(`note ${req.params.id}`);
  res.json(note);
});

router.delete('/:id', (req, res) => {
  const index = notes.findIndex((n) => n.id === Number(req.params.id));
  if (index === -1) throw notFound(`note ${req.params.id}`);
  if (notes[index].ownerId !== req.user.id && req.user.role !== 'admin') throw forbidden('not your note');
  notes.splice(index, 1);
  res.status(204).end();
});

export default router;
