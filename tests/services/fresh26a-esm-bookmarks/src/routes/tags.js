import express from 'express';
import { bookmarks, index } from '../store.js';

const router = express.Router();

router.get('/', (req, res) => {
  const counts = {};
  for (const { tags } of bookmarks.values()) for (const t of tags) counts[t] = (counts[t] ?? 0) + 1;
  res.json(Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag, n]) => ({ tag, n })));
});

// rename a tag everywhere: POST /tags/js/rename {"to": "javascript"}
router.post('/:tag/rename', (req, res) => {
  const { tag } = req.params;
  const to = req.body?.to?.toLowerCase();
  if (!to) return res.status(400).json({ error: 'to is required' });
  let changed = 0;
  bookmarks.forEach((b) => {
    if (!b.tags.includes(tag)) return;
    b.tags = [...new Set(b.tags.map((t) => (t === tag ? to : t)))];
    index.add(b.id, b);
    changed++;
  });
  res.json({ changed, tokens: index.size });
});

export default router;
