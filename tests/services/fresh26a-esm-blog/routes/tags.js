import { Router } from 'express';
import { tagIndex, posts } from '../lib/store.js';

const router = Router();

router.get('/', (req, res) => {
  const cloud = Object.fromEntries(
    [...tagIndex].map(([tag, slugs]) => [tag, slugs.size]).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)),
  );
  res.json(cloud);
});

router.get('/*names', (req, res) => {
  // /tags/a/b -> posts carrying every tag listed
  const names = req.params.names;
  const sets = names.map((n) => tagIndex.get(n) ?? new Set());
  const [first = new Set(), ...rest] = sets;
  const slugs = [...first].filter((s) => rest.every((set) => set.has(s)));
  res.json({ tags: names, posts: slugs.map((s) => posts.get(s).title) });
});

export default router;
