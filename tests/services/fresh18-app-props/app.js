// State kept on the app object itself: `app.hits` bumped by a middleware through `req.app`,
// a Map stored with `app.set('cache', new Map())` and changed through `req.app.get('cache')`,
// `app.locals.stats` counters, and an `evictions` property a router adds later.
'use strict';
const express = require('express');
const count = require('./middleware/count');
const pages = require('./routes/pages');

const app = express();
app.hits = 0;
app.set('cache', new Map());
app.locals.stats = { views: 0, byMethod: {} };

app.use(express.json());
app.use(count());
app.use('/pages', pages);

app.get('/health', (req, res) => {
  res.json({ ok: true, hits: app.hits, evictions: app.evictions ?? 0 });
});

app.get('/stats', (req, res) => {
  const { stats } = res.app.locals;
  res.json({
    hits: req.app.hits,
    views: stats.views,
    byMethod: stats.byMethod,
    cached: [...app.get('cache').keys()],
  });
});

app.post('/admin/flush', (req, res) => {
  const cache = app.get('cache');
  const flushed = cache.size;
  app.set('cache', new Map());
  app.locals.stats.views = 0;
  res.json({ flushed, hits: app.hits });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
