import express from 'express';
import { bookmarks, index, counters, save, drop } from '../store.js';

const router = express.Router();

const validUrl = (value) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

function loadBookmark(req, res, next) {
  req.bookmark = bookmarks.get(Number(req.params.id));
  if (!req.bookmark) return res.status(404).json({ error: 'bookmark not found' });
  next();
}

router.post('/', (req, res) => {
  const { url } = req.body ?? {};
  if (!validUrl(url)) return res.status(400).json({ error: 'a valid http(s) url is required' });
  const dup = [...bookmarks.values()].find((b) => b.url === url);
  if (dup) return res.status(409).json({ error: 'already saved', id: dup.id });
  res.status(201).json(save(req.body));
});

router.get('/', (req, res) => {
  const { tag, sort = 'id' } = req.query;
  const list = [...bookmarks.values()].filter((b) => !tag || b.tags.includes(tag));
  list.sort((a, b) => (sort === 'clicks' ? b.clicks - a.clicks || a.id - b.id : a.id - b.id));
  res.json(list.map(({ id, title, tags, clicks }) => ({ id, title, tags, clicks })));
});

router.get('/search', (req, res) => {
  counters.searches++;
  const hits = index.query(req.query.q ?? '');
  const limit = Math.min(Number(req.query.limit) || 10, 10);
  res.json({
    q: req.query.q ?? '',
    total: hits.length,
    results: hits.slice(0, limit).map(([id, score]) => ({ id, title: bookmarks.get(id).title, score })),
  });
});

router.get('/:id/open', loadBookmark, (req, res) => {
  req.bookmark.clicks++;
  counters.clicks++;
  res.redirect(302, req.bookmark.url);
});

router.put('/:id', loadBookmark, (req, res) => {
  if (req.body?.url && !validUrl(req.body.url)) return res.status(400).json({ error: 'bad url' });
  res.json(save(req.body ?? {}, req.bookmark));
});

router.delete('/:id', loadBookmark, (req, res) => {
  drop(req.bookmark.id);
  res.status(204).send();
});

export default router;
