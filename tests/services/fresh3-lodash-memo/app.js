// Caches made by lodash and by hand: _.once for lazy seeding, _.memoize whose
// cache is cleared through memoized.cache, and a hand-written memoize keeping
// its hit counter on the function it returns.
const express = require('express');
const _ = require('lodash');
const memoize = require('./memo');

const settings = {};
let computed = 0;

const seed = _.once(() => {
  _.merge(settings, { ui: { theme: 'light' }, limits: { upload: 10 } });
  return 'seeded';
});

const priceOf = _.memoize((sku) => {
  computed++;
  return sku.length * 100;
});

const slugify = memoize((s) => _.kebabCase(s));

const app = express();
app.use(express.json());
app.use((req, res, next) => {
  seed();
  next();
});

app.get('/settings', (req, res) => res.json(settings));
app.put('/settings/theme', (req, res) => {
  settings.ui.theme = req.body.theme;
  res.json(settings);
});

app.get('/prices/:sku', (req, res) => res.json({ sku: req.params.sku, price: priceOf(req.params.sku), computed }));
app.post('/prices/:sku/forget', (req, res) => res.json({ forgot: priceOf.cache.delete(req.params.sku) }));

app.get('/slug', (req, res) => res.json({ slug: slugify(req.query.title), hits: slugify.hits }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
