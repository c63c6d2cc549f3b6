// Feature flags: a class with private and static fields, getters and a setter, a Symbol-keyed
// overrides table written with `??=`, flags merged with `||=`, `&&=` and `??`, optional calls.
const express = require('express');
const { FlagStore, kOverrides } = require('./lib/flags');

const app = express();
app.use(express.json());

const stores = {
  web: new FlagStore('web'),
  mobile: new FlagStore('mobile'),
};
const hooks = { onChange: null };
let changes = 0;

const storeOf = (req) => stores[req.params.app];

app.use('/apps/:app', (req, res, next) => {
  if (!storeOf(req)) return res.status(404).json({ error: `no app ${req.params.app}` });
  next();
});

app.put('/apps/:app/flags/:key', (req, res, next) => {
  try {
    const flag = storeOf(req).upsert(req.params.key, req.body ?? {});
    changes++;
    hooks.onChange?.(req.params.app, flag);
    res.json(flag);
  } catch (err) {
    next(err);
  }
});

app.get('/apps/:app/flags/:key', (req, res) => {
  const flag = storeOf(req).get(req.params.key);
  flag ? res.json(flag) : res.status(404).json({ error: 'unknown flag' });
});

app.get('/apps/:app/eval/:key', (req, res) => {
  const users = String(req.query.users ?? '').split(',').filter(Boolean);
  res.json(Object.fromEntries(users.map((u) => [u, storeOf(req).isOn(req.params.key, u)])));
});

app.post('/apps/:app/overrides/:key', (req, res) => {
  const store = storeOf(req);
  store.override(req.params.key, req.body.user, Boolean(req.body.value));
  res.json(store[kOverrides]);
});

app.delete('/apps/:app/flags/:key', (req, res) => {
  res.status(storeOf(req).remove(req.params.key) ? 204 : 404).end();
});

app.put('/settings/limit', (req, res, next) => {
  try {
    stores.web.limit = req.body.limit;
    res.json({ maxFlags: FlagStore.maxFlags });
  } catch (err) {
    err.status = 400;
    next(err);
  }
});

app.post('/settings/audit', (req, res) => {
  const log = [];
  hooks.onChange = req.body.on ? (name, flag) => log.push(`${name}:${flag.key}`) : null;
  hooks.log = log;
  res.json({ auditing: Boolean(hooks.onChange) });
});

app.get('/stats', (req, res) => {
  res.json({
    created: FlagStore.created,
    changes,
    audit: hooks.log ?? [],
    apps: Object.entries(stores).map(([name, s]) => ({ name, size: s.size, on: s.enabledKeys, evaluations: s.evaluations })),
  });
});

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
