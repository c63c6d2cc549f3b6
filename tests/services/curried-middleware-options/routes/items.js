const express = require('express');
const catalog = require('../lib/catalog');
const { track } = require('../middleware/track');
const cache = require('../middleware/cache');
const limit = require('../middleware/limit');

const router = express.Router();
const listCache = cache({ ttl: 2 });
const itemCache = cache({ ttl: 4, key: (req) => `item:${req.params.id}` });
const writes = limit(2, { label: 'writes' });

router.get('/', track('list'), listCache, (req, res) => {
  res.json({ items: catalog.list().map((i) => i.id), reads: catalog.reads });
});

router.get('/:id', track('item'), itemCache, (req, res) => {
  const item = catalog.get(req.params.id);
  if (!item) return res.status(404).json({ error: 'no item' });
  res.json({ ...item, reads: catalog.reads });
});

router.put('/:id', writes, track('put'), (req, res) => {
  const item = catalog.put({ id: req.params.id, ...req.body });
  const dropped = listCache.clear();
  res.json({ item, dropped });
});

router.get('/_/stats', (req, res) => {
  res.json({ list: listCache.stats(), item: itemCache.stats(), writes: writes.usage() });
});

router.post('/_/reset/:who', (req, res) => res.json({ reset: writes.reset(req.params.who), usage: writes.usage() }));

module.exports = router;
