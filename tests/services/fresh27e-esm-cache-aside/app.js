// Two cache layers in front of "the database" (Redis hashes): an in-process lru-cache (max 2)
// and a Redis cache of JSON strings with SET EX; a write deletes both, a tag purge walks the
// Redis cache with `for await` over scanIterator; hits per layer counted in process. The
// client connects with a top-level await before the app listens.
import express from 'express';
import { createClient } from 'redis';
import { LRUCache } from 'lru-cache';

const P = 'fresh27e-esm-cache-aside';
const CACHE_TTL = 120;

const redis = createClient({ url: process.env.REDIS_URL });
redis.on('error', (err) => console.error('redis client error', err));
await redis.connect();

const local = new LRUCache({ max: 2 });
const counters = { memory: 0, redis: 0, origin: 0, purged: 0 };
let version = 0;

async function loadProfile(id) {
  const hit = local.get(id);
  if (hit) {
    counters.memory++;
    return { profile: hit, from: 'memory' };
  }
  const cached = await redis.get(`${P}:cache:profile:${id}`);
  if (cached !== null) {
    counters.redis++;
    const profile = JSON.parse(cached);
    local.set(id, profile);
    return { profile, from: 'redis' };
  }
  const row = await redis.hGetAll(`${P}:db:user:${id}`);
  if (!row.name) return { profile: null, from: 'origin' };
  counters.origin++;
  const profile = { id, name: row.name, team: row.team, score: Number(row.score), v: version };
  await redis.set(`${P}:cache:profile:${id}`, JSON.stringify(profile), { EX: CACHE_TTL });
  await redis.sAdd(`${P}:cache:team:${row.team}`, id);
  local.set(id, profile);
  return { profile, from: 'origin' };
}

const app = express();
app.use(express.json());

app.put('/users/:id', async (req, res) => {
  const { name, team, score = 0 } = req.body;
  version++;
  await redis.hSet(`${P}:db:user:${req.params.id}`, { name, team, score });
  local.delete(req.params.id);
  const dropped = await redis.del(`${P}:cache:profile:${req.params.id}`);
  res.json({ id: req.params.id, version, dropped });
});

app.get('/users/:id', async (req, res) => {
  const { profile, from } = await loadProfile(req.params.id);
  if (!profile) return res.status(404).json({ error: 'unknown user' });
  res.set('x-cache', from).json(profile);
});

app.post('/users/:id/score', async (req, res) => {
  const score = await redis.hIncrBy(`${P}:db:user:${req.params.id}`, 'score', req.body.by ?? 1);
  // stale on purpose: the caches keep the old score until they are purged
  res.json({ id: req.params.id, score });
});

app.get('/cache/ttl/:id', async (req, res) => {
  const ttl = await redis.ttl(`${P}:cache:profile:${req.params.id}`);
  res.json({ cached: ttl > 0, withinTtl: ttl > CACHE_TTL - 30 && ttl <= CACHE_TTL, noKey: ttl === -2 });
});

app.post('/cache/purge', async (req, res) => {
  const pattern = req.body.team ? `${P}:cache:team:${req.body.team}` : `${P}:cache:profile:*`;
  const removed = [];
  if (req.body.team) {
    for (const id of (await redis.sMembers(pattern)).sort()) {
      removed.push(`${P}:cache:profile:${id}`);
      local.delete(id);
    }
    removed.push(pattern);
  } else {
    for await (const key of redis.scanIterator({ MATCH: pattern, COUNT: 50 })) {
      removed.push(key);
      local.delete(key.split(':').pop());
    }
  }
  const n = removed.length ? await redis.del(removed) : 0;
  counters.purged += n;
  res.json({ removed: removed.map((k) => k.slice(P.length + 1)).sort(), deleted: n });
});

app.get('/cache/stats', async (req, res) => {
  const keys = [];
  for await (const key of redis.scanIterator({ MATCH: `${P}:cache:*` })) keys.push(key.slice(P.length + 1));
  res.json({ ...counters, local: [...local.keys()], redisKeys: keys.sort(), version });
});

app.listen(process.env.PORT ?? 3000, () => console.log('profile cache up'));
