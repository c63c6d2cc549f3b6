import { Router } from 'express';
import { store } from '../db.js';

export const prefix = '/tags';
export const router = Router();

router.get('/', (req, res) => {
  const counts = {};
  for (const note of store.list()) {
    for (const tag of note.tags) counts[tag] = (counts[tag] ?? 0) + 1;
  }
  const ranked = Object.entries(counts).toSorted(([a, x], [b, y]) => y - x || a.localeCompare(b));
  res.json({ top: ranked.at(0)?.[0] ?? null, tags: Object.fromEntries(ranked) });
});

router.get('/:tag/latest', (req, res) => {
  const hit = store.list().findLast((n) => n.tags.includes(req.params.tag));
  res.json(hit ? { id: hit.id, title: hit.title } : { id: null });
});
