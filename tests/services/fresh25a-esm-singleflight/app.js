// Profiles behind single-flight loading, as an ES module on ioredis (`import { Redis }`):
// concurrent lookups of one id share one in-flight promise (a Map of promises cleared in
// `finally`), loaded values stay in a Map with a hit count, a batch endpoint asks for the
// same ids several times at once with Promise.all, and writes go through a pipeline that
// also bumps a per-profile revision; the process counts how many loads reached Redis.
import express from 'express';
import { Redis } from 'ioredis';
import { fileURLToPath } from 'node:url';

const redis = new Redis(process.env.REDIS_URL, { keyPrefix: 'fresh25a-esm-singleflight:' });

const inflight = new Map();
const memo = new Map();
const metrics = { loads: 0, coalesced: 0, memoHits: 0 };

function load(id) {
  if (memo.has(id)) {
    metrics.memoHits++;
    return Promise.resolve(memo.get(id));
  }
  if (inflight.has(id)) {
    metrics.coalesced++;
    return inflight.get(id);
  }
  metrics.loads++;
  const p = redis
    .hgetall(`profile:${id}`)
    .then((h) => {
      const profile = Object.keys(h).length ? { id, name: h.name, rev: Number(h.rev) } : null;
      if (profile) memo.set(id, profile);
      return profile;
    })
    .finally(() => inflight.delete(id));
  inflight.set(id, p);
  return p;
}

const app = express();
app.use(express.json());

app.put('/profiles/:id', async (req, res) => {
  const { id } = req.params;
  const [[, , ], [, rev]] = await redis
    .pipeline()
    .hset(`profile:${id}`, 'name', req.body.name)
    .hincrby(`profile:${id}`, 'rev', 1)
    .exec();
  memo.delete(id);
  res.json({ id, rev });
});

app.get('/profiles/:id', async (req, res) => {
  const profile = await load(req.params.id);
  if (!profile) return res.status(404).json({ error: 'unknown profile' });
  res.json(profile);
});

app.post('/batch', async (req, res) => {
  const ids = req.body.ids ?? [];
  const found = await Promise.all(ids.map((id) => load(id)));
  res.json({ found: found.map((p) => p?.name ?? null), inflight: inflight.size });
});

app.get('/metrics', (req, res) => {
  res.json({ ...metrics, memo: [...memo.keys()].sort(), inflight: inflight.size });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
