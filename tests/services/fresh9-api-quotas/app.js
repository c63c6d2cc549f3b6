// API quotas: a factory returning an object of closures (Map/Set inside), one per tier, used by
// a middleware factory; an admin router changes the limit and resets through the closures.
const express = require('express');
const { createRateCounter, quota } = require('./middleware/rateCounter');

const counters = {
  search: createRateCounter({ limit: 3, name: 'search' }),
  write: createRateCounter({ limit: 2, name: 'write' }),
};

const app = express();
app.use(express.json());

const notes = [];

app.get('/search', quota(counters.search), (req, res) => {
  const q = (req.query.q ?? '').toLowerCase();
  res.json(notes.filter((n) => n.includes(q)));
});

app.post('/notes', quota(counters.write), (req, res) => {
  notes.push(String(req.body.text ?? '').toLowerCase());
  res.status(201).json({ count: notes.length });
});

const admin = express.Router();
admin.use((req, res, next) => (req.get('authorization') === 'Bearer admin' ? next() : res.status(401).json({ error: 'unauthorized' })));
admin.get('/quotas', (req, res) => res.json(Object.values(counters).map((c) => c.snapshot())));
admin.post('/quotas/:name/reset', (req, res, next) => {
  const counter = counters[req.params.name];
  if (!counter) return next();
  counter.reset(req.body?.key);
  res.json(counter.snapshot());
});
admin.put('/quotas/:name/limit', (req, res) => {
  counters[req.params.name]?.setLimit(req.body.limit);
  res.json(counters[req.params.name]?.snapshot() ?? null);
});
app.use('/admin', admin);

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
