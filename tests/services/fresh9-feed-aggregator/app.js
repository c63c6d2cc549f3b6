// Feed aggregator: Promise.allSettled / Promise.any over async sources with AbortController,
// an async generator read with for await, structuredClone, .at and .findLast over a module's history.
const express = require('express');
const sources = require('./sources');
const agg = require('./lib/aggregator');

const app = express();
app.use(express.json());

const asyncRoute = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);

app.post('/refresh', asyncRoute(async (req, res) => {
  const names = req.body?.sources ?? sources.names();
  res.json({ ...(await agg.refresh(names)), total: agg.count() });
}));

app.post('/sources/:name/items', (req, res) => {
  sources.publish(req.params.name, { id: req.body.id, title: req.body.title, tags: req.body.tags ?? [] });
  res.status(202).json({ sources: sources.names() });
});

app.put('/sources/:name/status', (req, res) => {
  sources.setDown(req.params.name, req.body.down === true);
  res.json({ name: req.params.name, down: req.body.down === true });
});

app.get('/probe', asyncRoute(async (req, res) => {
  res.json({ result: await agg.firstAvailable(String(req.query.names ?? '').split(',').filter(Boolean)) });
}));

app.get('/items/latest', (req, res) => res.json({ latest: agg.latest(), tagged: agg.lastTagged(req.query.tag ?? 'node') }));

app.get('/items/pages', asyncRoute(async (req, res) => {
  res.json(await agg.collectPages(Number(req.query.size) || 2));
}));

app.use((err, req, res, next) => res.status(500).json({ error: err.message }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
