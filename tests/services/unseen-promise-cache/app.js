const express = require('express');

const values = new Map();
const inflight = new Map();
const stats = { computed: 0, shared: 0, hits: 0 };

function slowSquare(n) {
  return new Promise((resolve) => setTimeout(() => { stats.computed += 1; resolve(n * n); }, 20));
}

function cached(n) {
  if (values.has(n)) {
    stats.hits += 1;
    return Promise.resolve(values.get(n));
  }
  if (inflight.has(n)) {
    stats.shared += 1;
    return inflight.get(n);
  }
  const p = slowSquare(n)
    .then((v) => { values.set(n, v); return v; })
    .finally(() => inflight.delete(n));
  inflight.set(n, p);
  return p;
}

const app = express();

app.get('/square/:n', (req, res, next) => {
  cached(Number(req.params.n)).then((v) => res.json({ n: Number(req.params.n), v })).catch(next);
});

app.get('/squares', async (req, res) => {
  const ns = String(req.query.ns ?? '').split(',').filter(Boolean).map(Number);
  const vs = await Promise.all(ns.map(cached));
  res.json({ vs, inflight: inflight.size });
});

app.get('/stats', (req, res) => res.json({ ...stats, cached: [...values.keys()].sort((a, b) => a - b) }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
