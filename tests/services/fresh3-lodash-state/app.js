// Settings and a price list kept with lodash: _.set/_.unset/_.merge/_.update
// writing nested state by path, _.remove and _.pull mutating arrays, _.once for
// lazy seeding, _.memoize whose cache is cleared through memoized.cache, and a
// hand-written memoize with its hit counter on the function.
const express = require('express');
const _ = require('lodash');
const memoize = require('./memo');

const settings = {};
const blocked = ['spam.example', 'junk.example', 'ads.example'];
let computed = 0;

const seed = _.once(() => {
  _.merge(settings, { ui: { theme: 'light', lang: 'en' }, limits: { upload: 10 } });
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

app.put('/settings/*', (req, res) => {
  const path = req.params[0].split('/');
  _.set(settings, path, req.body.value);
  res.json(_.get(settings, path));
});

app.delete('/settings/*', (req, res) => {
  res.json({ removed: _.unset(settings, req.params[0].split('/')), settings });
});

app.post('/limits/:name/bump', (req, res) => {
  _.update(settings, ['limits', req.params.name], (n) => (n ?? 0) + (req.body.by ?? 1));
  res.json(settings.limits);
});

app.post('/blocked', (req, res) => {
  const { add = [], drop = [], dropSuffix } = req.body;
  blocked.push(..._.difference(add, blocked));
  _.pull(blocked, ...drop);
  const removed = dropSuffix ? _.remove(blocked, (d) => d.endsWith(dropSuffix)) : [];
  res.json({ blocked, removed });
});

app.get('/prices/:sku', (req, res) => res.json({ sku: req.params.sku, price: priceOf(req.params.sku), computed }));

app.post('/prices/:sku/forget', (req, res) => {
  res.json({ forgot: priceOf.cache.delete(req.params.sku) });
});

app.get('/slug', (req, res) => res.json({ slug: slugify(req.query.title), hits: slugify.hits }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
