// A URL shortener as an ES module on ioredis: a top-level await seeds a counter before
// the routes exist, links are hashes with a TTL, visits are counted in a pipeline, and
// a Map argument fills a hash (ioredis turns it into field/value pairs).
import express from 'express';
import Redis from 'ioredis';
import { fileURLToPath } from 'node:url';

const redis = new Redis(process.env.REDIS_URL, { keyPrefix: 'redis-ioredis-esm:' });
await redis.setnx('seq', 1000);
const startedAt = Number(await redis.get('seq'));

const app = express();
app.use(express.json());

const toCode = (n) => n.toString(36);

app.post('/links', async (req, res) => {
  const { url, ttl } = req.body ?? {};
  if (!url?.startsWith('http')) return res.status(400).json({ error: 'a http(s) url is required' });
  const code = toCode(await redis.incr('seq'));
  const fields = new Map([['url', url], ['visits', '0']]);
  await redis.hset(`link:${code}`, fields);
  if (ttl) await redis.expire(`link:${code}`, ttl);
  res.status(201).json({ code, startedAt });
});

app.get('/:code', async (req, res) => {
  const key = `link:${req.params.code}`;
  const url = await redis.hget(key, 'url');
  if (!url) return res.status(404).send('unknown link');
  await redis.pipeline().hincrby(key, 'visits', 1).zincrby('popular', 1, req.params.code).exec();
  res.redirect(302, url);
});

app.get('/:code/stats', async (req, res) => {
  const [[, link], [, ttl], [, rank]] = await redis
    .multi()
    .hgetall(`link:${req.params.code}`)
    .ttl(`link:${req.params.code}`)
    .zrevrank('popular', req.params.code)
    .exec();
  if (!link.url) return res.status(404).json({ error: 'unknown link' });
  res.json({ ...link, visits: Number(link.visits), expires: ttl > 0, rank });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
