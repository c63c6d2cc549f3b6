// Products API with the middleware people paste in: a rate limiter keyed by client IP (behind a
// proxy: trust proxy + X-Forwarded-For) counting in a module Map, an ETag middleware wrapping res.json
// with a sha1 of the body and a counter object, and a hand-written memoize whose hit counters live
// on the function.
const express = require('express');
const rateLimit = require('./middleware/rateLimit');
const { etag, stats } = require('./middleware/etag');
const products = require('./routes/products');
const { priceWithTax } = require('./lib/catalog');

const app = express();
app.set('trust proxy', true);
app.use(express.json());
app.use(rateLimit({ limit: 6 }));
app.use(etag());

app.use('/products', products);

app.get('/debug', (req, res) => {
  res.json({ limits: rateLimit.snapshot(), etag: stats, memo: { hits: priceWithTax.hits, misses: priceWithTax.misses } });
});

app.delete('/limits/:ip', (req, res) => {
  res.json({ removed: rateLimit.reset(req.params.ip) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
