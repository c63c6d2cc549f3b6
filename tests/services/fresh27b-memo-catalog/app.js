// A catalog whose lookups go through generic helpers from utils/fn.js: memoize (a Map cache with
// an LRU bound and hit/miss counters in its closure), once (a tax table loaded a single time) and
// a batcher that queues price updates until flushed. All state lives in those closures; handlers
// only call the wrapped functions. A Search class's method is memoized in place
// (`Search.prototype.run = memoize(Search.prototype.run)`).
const express = require('express');
const catalog = require('./services/catalog');

const app = express();
app.use(express.json());

app.get('/products/:sku', (req, res) => {
  const p = catalog.findBySku(req.params.sku);
  if (!p) return res.status(404).json({ error: 'not found', stats: catalog.findBySku.stats() });
  const tax = catalog.loadTaxTable()[p.category];
  res.json({ ...p, gross: Math.round(p.price * (1 + tax) * 100) / 100, stats: catalog.findBySku.stats() });
});

app.get('/categories/:name', (req, res) => {
  const list = catalog.byCategory(req.params.name, req.query.sort);
  res.json({ skus: list.map((p) => p.sku), stats: catalog.byCategory.stats() });
});

app.get('/search', (req, res) => {
  const q = String(req.query.q || '').toLowerCase();
  res.json({ skus: catalog.search.run(q), runs: catalog.search.runs, stats: catalog.search.run.stats() });
});

app.post('/prices', (req, res) => {
  const queued = catalog.priceUpdates(req.body);
  res.status(202).json({ queued });
});

app.post('/prices/flush', (req, res) => {
  res.json({ applied: catalog.priceUpdates.flush(), pending: catalog.priceUpdates.size() });
});

app.get('/stats', (req, res) => {
  res.json({
    computed: catalog.computed(),
    sku: catalog.findBySku.stats(),
    category: catalog.byCategory.stats(),
    pending: catalog.priceUpdates.size(),
  });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
