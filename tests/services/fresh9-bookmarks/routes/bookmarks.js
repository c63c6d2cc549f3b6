const express = require('express');
const store = require('../lib/store');
const { validateBookmark } = require('../lib/validate');

const router = express.Router();

router.param('id', (req, res, next, raw) => {
  const id = Number.parseInt(raw, 10);
  const bm = store.get(id);
  if (!bm) return res.status(404).json({ error: `bookmark ${raw} not found` });
  req.bookmark = bm;
  next();
});

router.get('/', (req, res) => {
  res.json(store.list({ tag: req.query.tag?.toLowerCase() }));
});

router.post('/', (req, res, next) => {
  try {
    const bm = store.add(validateBookmark(req.body));
    res.status(201).location(`/bookmarks/${bm.id}`).json(bm);
  } catch (err) {
    next(err);
  }
});

router.get('/:id', (req, res) => res.json(req.bookmark));

router.patch('/:id', (req, res, next) => {
  try {
    res.json(store.update(req.bookmark.id, validateBookmark(req.body, { partial: true })));
  } catch (err) {
    next(err);
  }
});

router.post('/:id/visit', (req, res) => {
  const { visits } = store.visit(req.bookmark.id);
  res.json({ id: req.bookmark.id, visits });
});

router.delete('/:id', (req, res) => {
  store.remove(req.bookmark.id);
  res.status(204).end();
});

module.exports = router;
