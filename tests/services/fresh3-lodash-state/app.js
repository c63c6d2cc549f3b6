// Settings and a block list kept with lodash: _.set/_.unset/_.merge/_.update
// writing nested state by path (a package's functions handed module state),
// _.remove and _.pull mutating arrays in place, _.defaultsDeep filling gaps.
const express = require('express');
const _ = require('lodash');
const { merge } = require('lodash');

const settings = { ui: { theme: 'light', lang: 'en' }, limits: { upload: 10 } };
const blocked = ['spam.example', 'junk.example', 'ads.example'];

const app = express();
app.use(express.json());

app.get('/settings', (req, res) => res.json(settings));

app.put('/settings/*', (req, res) => {
  const path = req.params[0].split('/');
  _.set(settings, path, req.body.value);
  res.json(_.get(settings, path));
});

app.patch('/settings', (req, res) => {
  merge(settings, req.body);
  res.json(settings);
});

app.post('/settings/defaults', (req, res) => {
  _.defaultsDeep(settings, { ui: { theme: 'system', density: 'compact' }, limits: { api: 100 } });
  res.json(settings);
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

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
