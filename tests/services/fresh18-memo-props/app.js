// State on functions: a memoize helper keeping its cache, hits and misses as properties of the
// function it returns, the wrapped function counting its own calls (`convert.computed`), and a
// rates table changed by a request, which clears the cache through a method on the function.
'use strict';
const express = require('express');
const pricing = require('./lib/pricing');

const app = express();
app.use(express.json());

const { price } = pricing;

app.get('/price/:amount/:currency', (req, res, next) => {
  try {
    const value = price(Number(req.params.amount), req.params.currency.toUpperCase());
    res.json({ value, hits: price.hits, misses: price.misses });
  } catch (err) {
    next(err);
  }
});

app.put('/rates/:currency', (req, res) => {
  pricing.rates[req.params.currency] = req.body.rate;
  price.clear();
  res.json({ rates: pricing.rates, cached: price.cache.size });
});

app.get('/cache', (req, res) => {
  res.json({
    keys: [...price.cache.keys()],
    hits: price.hits,
    misses: price.misses,
    computed: pricing.convert.computed ?? 0,
  });
});

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
