// Cache-aside with node-redis 4: get/set with EX, a JSON-encoded value, a local
// in-flight map so concurrent misses share one load, hit/miss counters in Redis
// with incr and mGet, del for invalidation, exists and a multi() transaction.
const express = require('express');
const { createClient } = require('redis');

const P = 'fresh-redis4-cache-aside:';
const client = createClient({ url: process.env.REDIS_URL });
client.connect();

const inflight = new Map();
let loads = 0;
const catalog = { 1: { name: 'lamp', price: 30 }, 2: { name: 'desk', price: 120 } };

async function loadProduct(id) {
  loads++;
  await new Promise((r) => setTimeout(r, 3));
  return catalog[id] ?? null;
}

async function cached(id) {
  const hit = await client.get(`${P}product:${id}`);
  if (hit !== null) {
    await client.incr(`${P}hits`);
    return { source: 'cache', product: JSON.parse(hit) };
  }
  await client.incr(`${P}misses`);
  if (!inflight.has(id)) {
    inflight.set(id, loadProduct(id).finally(() => inflight.delete(id)));
  }
  const product = await inflight.get(id);
  if (product) await client.set(`${P}product:${id}`, JSON.stringify(product), { EX: 300 });
  return { source: 'origin', product };
}

const app = express();
app.use(express.json());

app.get('/products/:id', async (req, res) => {
  const { source, product } = await cached(req.params.id);
  if (!product) return res.status(404).json({ error: 'not found', source });
  res.set('X-Source', source).json(product);
});

app.put('/products/:id', async (req, res) => {
  catalog[req.params.id] = { ...catalog[req.params.id], ...req.body };
  const [deleted] = await client.multi().del(`${P}product:${req.params.id}`).incr(`${P}writes`).exec();
  res.json({ invalidated: deleted });
});

app.get('/stats', async (req, res) => {
  const [hits, misses, writes] = await client.mGet([`${P}hits`, `${P}misses`, `${P}writes`]);
  const cachedCount = await client.exists([`${P}product:1`, `${P}product:2`, `${P}product:3`]);
  res.json({ hits, misses, writes, cached: cachedCount, loads, ttlSet: (await client.ttl(`${P}product:1`)) > 0 });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
