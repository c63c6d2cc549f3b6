// keyv 5: in-memory key-value stores (a Map the service owns handed as the store, and one
// keyv makes itself) with namespaces, its async get/set/delete/has/getMany/clear, values
// serialized by @keyv/serialize (Buffers, Dates, nested objects survive), long TTLs,
// hooks (PRE_SET / POST_GET) the service registers, and keyv's own emitter ('error').
const express = require('express');
const { Keyv, KeyvHooks } = require('keyv');

const backing = new Map();
const sessions = new Keyv({ store: backing, namespace: 'sess' });
const cache = new Keyv({ namespace: 'cache', ttl: 3600 * 1000 });
const audit = [];
cache.hooks.addHandler(KeyvHooks.PRE_SET, (data) => { audit.push(`set ${data.key}`); });
cache.hooks.addHandler(KeyvHooks.POST_GET, (data) => { audit.push(`get ${data.key} ${data.value === undefined ? 'miss' : 'hit'}`); });

const app = express();
app.use(express.json());

app.put('/sessions/:id', async (req, res) => {
  const had = await sessions.has(req.params.id);
  await sessions.set(req.params.id, { ...req.body, born: new Date(Date.UTC(2024, 0, 1)), token: Buffer.from(req.params.id) });
  res.status(had ? 200 : 201).json({ had, backing: [...backing.keys()] });
});

app.get('/sessions/:id', async (req, res) => {
  const s = await sessions.get(req.params.id);
  if (!s) return res.status(404).json({ error: 'no session' });
  res.json({ ...s, types: [typeof s.born, Buffer.isBuffer(s.token)] });
});

app.delete('/sessions/:id', async (req, res) => {
  res.json({ deleted: await sessions.delete(req.params.id), size: backing.size });
});

app.get('/price/:sku', async (req, res) => {
  let price = await cache.get(req.params.sku);
  const hit = price !== undefined;
  if (!hit) {
    price = req.params.sku.length * 100;
    await cache.set(req.params.sku, price);
  }
  res.json({ sku: req.params.sku, price, hit });
});

app.get('/many', async (req, res) => {
  const keys = String(req.query.keys).split(',');
  res.json({ values: await cache.get(keys), audit });
});

app.post('/clear', async (req, res) => {
  await cache.clear();
  res.json({ cleared: true, after: await cache.get('apple') ?? null, sessions: backing.size });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
