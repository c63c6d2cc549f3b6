// A URL shortener as pasted to try a platform: base62 codes from a counter kept in a store class
// with #private fields and a static block, click stats in a Map of Maps (code -> referrer -> count)
// written by a helper in another module, redirects counted by an EventEmitter listener, and
// routes/services/stores in separate files.
'use strict';
const express = require('express');
const linksRouter = require('./routes/links');
const { events } = require('./services/links');
const stats = require('./stores/stats');

const app = express();
app.use(express.json());

events.on('click', ({ code, referrer }) => stats.record(code, referrer));
events.on('created', (link) => stats.created.push(link.code));

app.use('/api/links', linksRouter);

app.get('/:code', (req, res) => {
  const svc = require('./services/links');
  const link = svc.resolve(req.params.code, req.get('referer') ?? req.query.ref);
  if (!link) return res.status(404).json({ error: 'unknown code' });
  res.redirect(link.permanent ? 301 : 302, link.url);
});

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
