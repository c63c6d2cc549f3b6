import { Router } from 'express';
import { store } from '../services/flagStore.js';
import { flagPatch, flagSchema, flagName } from '../schemas/flag.js';

const router = Router();

router.get('/', (req, res) => res.json({ flags: store.all(), revisions: store.revisions, lastAuthor: store.lastAuthor }));

router.put('/:name', (req, res) => {
  const name = flagName.safeParse(req.params.name);
  if (!name.success) return res.status(400).json({ error: 'bad flag name' });
  const exists = store.get(name.data) !== undefined;
  const parsed = (exists ? flagPatch : flagSchema).safeParse(req.body);
  if (!parsed.success) return res.status(422).json({ errors: parsed.error.flatten().fieldErrors });
  res.status(exists ? 200 : 201).json(store.set(name.data, parsed.data, req.get('x-author') ?? 'anon'));
});

router.post('/rollback', (req, res) => {
  const undone = store.rollback();
  undone === null ? res.status(409).json({ error: 'nothing to roll back' }) : res.json({ undone, flags: store.all() });
});

export default router;
