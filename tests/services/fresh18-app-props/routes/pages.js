'use strict';
const { Router } = require('express');

const router = Router();

router.get('/:slug', (req, res) => {
  const cache = req.app.get('cache');
  const { slug } = req.params;
  req.app.locals.stats.views++;
  let page = cache.get(slug);
  const cached = page !== undefined;
  if (!cached) {
    page = { slug, title: slug.replace(/-/g, ' '), renders: 0 };
    cache.set(slug, page);
  }
  page.renders += 1;
  res.json({ page, cached, size: cache.size, views: req.app.locals.stats.views });
});

router.delete('/:slug', (req, res) => {
  const removed = req.app.get('cache').delete(req.params.slug);
  req.app.evictions = (req.app.evictions ?? 0) + (removed ? 1 : 0);
  res.json({ removed, evictions: req.app.evictions });
});

module.exports = router;
