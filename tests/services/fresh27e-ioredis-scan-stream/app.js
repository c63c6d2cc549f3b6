// Per-tenant settings on ioredis: one hash per tenant and setting group, listed and purged
// by walking the keyspace with `for await` over `scanStream({ match, count })` (each chunk an
// array of keys, flattened) or with its 'data' and 'end' events; in process, a Map of each
// tenant's reads and a log of purges.
const express = require('express');
const Redis = require('ioredis');

const NS = 'fresh27e-ioredis-scan-stream';
const redis = new Redis(process.env.REDIS_URL);
redis.on('error', (err) => console.error('[ioredis]', err));

const reads = new Map();
const purges = [];

async function keysMatching(pattern) {
  const found = [];
  const stream = redis.scanStream({ match: pattern, count: 100 });
  for await (const chunk of stream) {
    for (const key of chunk) found.push(key.slice(NS.length + 1));
  }
  return found.sort();
}

const app = express();
app.use(express.json());

app.put('/tenants/:tenant/:group', async (req, res) => {
  const key = `${NS}:settings:${req.params.tenant}:${req.params.group}`;
  const added = await redis.hset(key, req.body);
  await redis.sadd(`${NS}:tenants`, req.params.tenant);
  res.json({ key: key.slice(NS.length + 1), added });
});

app.get('/tenants/:tenant', async (req, res) => {
  const keys = await keysMatching(`${NS}:settings:${req.params.tenant}:*`);
  if (!keys.length) return res.status(404).json({ error: 'no settings' });
  const pipe = redis.pipeline();
  for (const k of keys) pipe.hgetall(`${NS}:${k}`);
  const results = await pipe.exec();
  const settings = {};
  keys.forEach((k, i) => { settings[k.split(':').pop()] = results[i][1]; });
  reads.set(req.params.tenant, (reads.get(req.params.tenant) ?? 0) + 1);
  res.json({ tenant: req.params.tenant, settings, reads: reads.get(req.params.tenant) });
});

app.delete('/tenants/:tenant', (req, res, next) => {
  // as ioredis's README deletes by pattern: the stream's 'data' chunks, then its 'end'
  const stream = redis.scanStream({ match: `${NS}:settings:${req.params.tenant}:*`, count: 100 });
  const keys = [];
  stream.on('data', (chunk) => {
    for (const key of chunk) keys.push(key);
  });
  stream.on('end', async () => {
    try {
      const deleted = keys.length ? await redis.del(...keys) : 0;
      await redis.srem(`${NS}:tenants`, req.params.tenant);
      purges.push({ tenant: req.params.tenant, deleted });
      reads.delete(req.params.tenant);
      res.json({ deleted, keys: keys.map((k) => k.slice(NS.length + 1)).sort() });
    } catch (err) {
      next(err);
    }
  });
  stream.on('error', next);
});

app.get('/overview', async (req, res) => {
  const all = await keysMatching(`${NS}:settings:*`);
  const byTenant = {};
  for (const k of all) {
    const [, tenant, group] = k.split(':');
    (byTenant[tenant] ??= []).push(group);
  }
  res.json({ byTenant, tenants: (await redis.smembers(`${NS}:tenants`)).sort(), reads: Object.fromEntries(reads), purges });
});

app.listen(process.env.PORT ?? 3000);
