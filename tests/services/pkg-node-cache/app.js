// node-cache 5 as an app's session and lookup cache, made with its defaults (a check period of
// 600 s: the cache sets its own timer when made, and unrefs it): set/get (cloned values),
// mset/mget, take, del, has, keys, stats, a maxKeys error, and 'set'/'del'/'flush' events
// recorded in the service's state. No TTL reaches an answer (it would depend on the clock).
const express = require('express');
const NodeCache = require('node-cache');

const cache = new NodeCache({ stdTTL: 0 });
const small = new NodeCache({ maxKeys: 2, useClones: false, checkperiod: 0 });
const events = [];

cache.on('set', (key) => events.push(`set ${key}`));
cache.on('del', (key, value) => events.push(`del ${key}=${JSON.stringify(value)}`));
cache.on('flush', () => events.push('flush'));

const app = express();
app.use(express.json());

app.put('/kv/:key', (req, res) => {
  const ok = cache.set(req.params.key, req.body, req.query.ttl ? Number(req.query.ttl) : undefined);
  res.json({ ok, keys: cache.keys() });
});

app.get('/kv/:key', (req, res) => {
  const value = cache.get(req.params.key);
  if (value === undefined) return res.status(404).json({ miss: req.params.key, stats: cache.getStats() });
  value.readAt = (value.readAt || 0) + 1;
  res.json({ value, again: cache.get(req.params.key) });
});

app.post('/many', (req, res) => {
  cache.mset(req.body.map(([key, val]) => ({ key, val })));
  res.json(cache.mget(req.body.map(([key]) => key).concat('missing')));
});

app.post('/take/:key', (req, res) => {
  const value = cache.take(req.params.key);
  res.json({ value: value === undefined ? null : value, has: cache.has(req.params.key) });
});

app.delete('/kv/:key', (req, res) => {
  res.json({ deleted: cache.del(req.params.key.split(',')), keys: cache.keys() });
});

app.post('/flush', (req, res) => {
  cache.flushAll();
  res.json({ keys: cache.keys(), stats: cache.getStats() });
});

app.put('/small/:key', (req, res) => {
  try {
    small.set(req.params.key, req.body);
    res.json({ keys: small.keys() });
  } catch (e) {
    res.status(507).json({ name: e.name, message: e.message });
  }
});

app.get('/small/:key', (req, res) => {
  const value = small.get(req.params.key);
  if (value) value.hits = (value.hits || 0) + 1;
  res.json({ value: value || null });
});

app.get('/stats', (req, res) => {
  const { hits, misses, keys } = cache.getStats();
  res.json({ hits, misses, keys, events, smallKeys: small.keys() });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
