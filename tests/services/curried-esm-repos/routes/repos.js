import { Router } from 'express';
import { createRepo, madeCount } from '../lib/repo.js';
import { repo, names, events } from '../lib/registry.js';

const router = Router();

router.post('/:name', (req, res) => {
  const row = repo(req.params.name).add(req.body);
  res.status(201).json({ row, size: repo(req.params.name).size });
});

// A dry run: the rows go into a repo made for this request only, then are checked.
router.post('/:name/preview', (req, res) => {
  const scratch = createRepo(`preview-${req.params.name}`);
  let seen = 0;
  scratch.onChange(() => { seen += 1; });
  for (const data of req.body) scratch.add(data);
  const bad = scratch.list((r) => !r.title && !r.handle);
  for (const r of bad) scratch.remove(r.id);
  res.json({ kept: scratch.list().map((r) => r.id), seen, made: madeCount() });
});

router.get('/:name', (req, res) => res.json({ rows: repo(req.params.name).list(), names: names() }));

router.delete('/:name/:id', (req, res) => {
  const ok = repo(req.params.name).remove(req.params.id);
  res.status(ok ? 200 : 404).json({ ok, size: repo(req.params.name).size });
});

router.get('/', (req, res) => res.json({ events, made: madeCount() }));

export default router;
