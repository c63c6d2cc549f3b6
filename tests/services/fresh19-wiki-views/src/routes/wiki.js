const express = require('express');
const wiki = require('../services/wiki');
const { stats, cacheSize } = require('../lib/render');

const router = express.Router();

router.get('/', (req, res) => res.render('index.njk', { pages: wiki.index() }));

router.get('/wiki/:slug', (req, res) => {
  const data = wiki.show(req.params.slug, req.query.rev && Number(req.query.rev));
  res.render('page.njk', data);
});

router.post('/wiki', (req, res) => {
  const page = wiki.edit(req.body);
  res.redirect(303, `/wiki/${page.slug}`);
});

router.get('/api/stats', (req, res) => {
  res.json({ renders: stats.renders, memoized: cacheSize(), filters: req.app.locals.filterCalls });
});

module.exports = router;
