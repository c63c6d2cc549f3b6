import { Router } from 'express';
import { z } from 'zod';
import config from '#config';
import { excerpt } from '#lib/text';
import { store, stats, wrote } from '../db.js';

const NoteInput = z.object({
  title: z.string().min(1).max(config.limits.title),
  body: z.string().max(config.limits.body).optional(),
  tags: z.array(z.string()).optional(),
  pinned: z.boolean().optional(),
});

const Patch = NoteInput.partial();

export const prefix = '/notes';
export const router = Router();

router.get('/', (req, res) => {
  stats.reads++;
  const page = Math.max(1, Number(req.query.page ?? 1));
  const tag = req.query.tag?.toString().toLowerCase();
  const sorted = store
    .list()
    .filter((n) => !tag || n.tags.includes(tag))
    .toSorted((a, b) => Number(b.pinned) - Number(a.pinned) || a.title.localeCompare(b.title));
  const items = sorted.slice((page - 1) * config.pageSize, page * config.pageSize);
  res.json({
    page,
    total: sorted.length,
    items: items.map(({ id, title, body, pinned, rev }) => ({ id, title, excerpt: excerpt(body), pinned, rev })),
  });
});

router.post('/', (req, res) => {
  const parsed = NoteInput.safeParse(req.body);
  if (!parsed.success) {
    return res.status(422).json({ errors: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`) });
  }
  const note = store.add(parsed.data);
  wrote('create', note.id);
  res.status(201).location(`/notes/${note.id}`).json(note);
});

router.get('/:id', (req, res) => {
  stats.reads++;
  const note = store.get(req.params.id);
  note ? res.json(note) : res.status(404).json({ error: `no note ${req.params.id}` });
});

router.patch('/:id', (req, res) => {
  const parsed = Patch.safeParse(req.body ?? {});
  if (!parsed.success) return res.status(422).json({ errors: parsed.error.issues.length });
  const note = store.update(req.params.id, parsed.data);
  if (!note) return res.status(404).json({ error: `no note ${req.params.id}` });
  wrote('update', note.id);
  res.json(note);
});

router.delete('/:id', (req, res) => {
  if (!store.remove(req.params.id)) return res.sendStatus(404);
  wrote('delete', req.params.id);
  res.status(204).end();
});

router.post('/_restore', (req, res) => {
  const note = store.restore();
  if (!note) return res.status(409).json({ error: 'trash is empty' });
  wrote('restore', note.id);
  res.json({ restored: note.id, trash: store.trash });
});
