// Decorators: a memoize whose memo table (a Map in its closure, exposed as `.cache`) is state read by
// another route, withRetry counting retries in its closure around a flaky supplier, once() for a
// config read at the first request, and a curried withLog(log)(label)(fn) writing a module log.
const express = require('express');
const pricing = require('./lib/pricing');

const app = express();

app.get('/quote/:sku/:qty', (req, res) => {
  const price = pricing.quote(req.params.sku, Number(req.params.qty));
  res.json({ price, hits: pricing.quote.hits, ...pricing.stats(), currency: pricing.config().currency });
});

app.get('/memo', (req, res) => res.json({ keys: [...pricing.quote.cache.keys()], hits: pricing.quote.hits }));
app.delete('/memo', (req, res) => res.json({ cleared: pricing.quote.clear() }));

app.get('/stock/:sku', (req, res) => {
  try {
    res.json({ stock: pricing.supplier(req.params.sku), retries: pricing.supplier.retries() });
  } catch (err) {
    res.status(503).json({ error: err.message, retries: pricing.supplier.retries() });
  }
});

app.get('/total', (req, res) => {
  const prices = String(req.query.p ?? '').split(',').filter(Boolean).map(Number);
  res.json({ total: pricing.total(...prices) });
});

app.get('/log', (req, res) => res.json({ log: pricing.log, errors: pricing.errors, config: pricing.config() }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
