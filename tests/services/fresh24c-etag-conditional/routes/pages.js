const express = require('express');
const store = require('../lib/pages');

const router = express.Router();

router.get('/', (req, res) => {
  // no explicit ETag: the app's etag function makes one from the body
  res.json([...store.pages.values()].map(({ slug, version }) => ({ slug, version })));
});

router.get('/:slug', (req, res) => {
  const page = store.get(req.params.slug);
  if (!page) return res.status(404).json({ error: 'no such page' });
  res.set({ ETag: store.etagOf(page), 'Last-Modified': store.lastModified(page), 'X-Version': String(page.version) });
  if (req.fresh) return res.status(304).end();
  res.json(page);
});

router.put('/:slug', (req, res) => {
  const page = store.get(req.params.slug);
  const ifMatch = req.get('if-match');
  if (page && !ifMatch) return res.status(428).json({ error: 'If-Match required' });
  if (page && ifMatch !== '*' && ifMatch !== store.etagOf(page)) {
    res.set('X-Current-Etag', store.etagOf(page));
    return res.status(412).json({ error: 'precondition failed' });
  }
  const saved = store.put(req.params.slug, String(req.body?.text ?? ''));
  res.status(page ? 200 : 201).set('X-Etag', store.etagOf(saved)).json(saved);
});

module.exports = router;
