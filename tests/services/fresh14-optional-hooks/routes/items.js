'use strict';
const { Router } = require('express');

const router = Router({ mergeParams: true });

router.use((req, res, next) => {
  req.collection = req.collections[req.params.name];
  if (!req.collection) return res.status(404).json({ error: 'no such collection' });
  next();
});

router.post('/', (req, res) => {
  const item = req.collection.save(req.body);
  if (!item) return res.status(422).json({ error: 'rejected by hook' });
  res.status(201).json(item);
});

router.delete('/:id', (req, res) => {
  const item = req.collection.remove(req.params.id);
  res.status(item ? 200 : 404).json(item ?? { error: 'not found' });
});

router.get('/', (req, res) => {
  const { items, byTag } = req.collection;
  res.json({ count: items.length, ids: items.map((i) => i.id), byTag });
});

module.exports = router;
