// A game backend on ioredis, written the way its README shows: one client for the
// module, async/await in the routes, hashes for players, a sorted set for the
// leaderboard, pipeline() and multi() for the writes that go together, and a second
// client with its own keyPrefix for rate counters.
const express = require('express');
const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL);
const counters = new Redis(process.env.REDIS_URL, { keyPrefix: 'redis-ioredis:hits:' });
const KEY = 'redis-ioredis:';

redis.on('error', (err) => console.error('redis error', err.message));

const app = express();
app.use(express.json());

app.use(async (req, res, next) => {
  try {
    await counters.incr(req.method);
    next();
  } catch (err) {
    next(err);
  }
});

app.post('/players', async (req, res) => {
  const { name, country } = req.body ?? {};
  if (!name) return res.status(400).json({ error: 'name is required' });
  const id = await redis.incr(`${KEY}player:seq`);
  await redis
    .multi()
    .hset(`${KEY}player:${id}`, { name, country: country ?? 'unknown', games: 0 })
    .zadd(`${KEY}board`, 0, id)
    .exec();
  res.status(201).json({ id, name });
});

app.get('/players/:id', async (req, res) => {
  const player = await redis.hgetall(`${KEY}player:${req.params.id}`);
  if (Object.keys(player).length === 0) return res.status(404).json({ error: 'no such player' });
  const rank = await redis.zrevrank(`${KEY}board`, req.params.id);
  res.json({ ...player, games: Number(player.games), rank: rank === null ? null : rank + 1 });
});

app.post('/players/:id/games', async (req, res) => {
  const { score } = req.body;
  const id = req.params.id;
  if (!(await redis.exists(`${KEY}player:${id}`))) return res.status(404).json({ error: 'no such player' });
  const results = await redis
    .pipeline()
    .hincrby(`${KEY}player:${id}`, 'games', 1)
    .zincrby(`${KEY}board`, score, id)
    .rpush(`${KEY}history:${id}`, score)
    .exec();
  const [[, games], [, total]] = results;
  res.json({ id, games, total: Number(total), errors: results.filter(([err]) => err).length });
});

app.get('/leaderboard', async (req, res) => {
  const top = Number(req.query.top ?? 3);
  const flat = await redis.zrevrange(`${KEY}board`, 0, top - 1, 'WITHSCORES');
  const ids = flat.filter((_, i) => i % 2 === 0);
  const names = ids.length ? await redis.hmget(`${KEY}player:names`, ...ids) : [];
  const rows = [];
  for (let i = 0; i < flat.length; i += 2) {
    const name = await redis.hget(`${KEY}player:${flat[i]}`, 'name');
    rows.push({ id: flat[i], name, score: Number(flat[i + 1]), alias: names[i / 2] });
  }
  res.json(rows);
});

app.get('/players/:id/history', (req, res, next) => {
  redis.lrange(`${KEY}history:${req.params.id}`, 0, -1, (err, scores) => {
    if (err) return next(err);
    res.json(scores.map(Number));
  });
});

app.post('/mistake', async (req, res) => {
  await redis.set(`${KEY}plain`, 'text');
  try {
    await redis.lpush(`${KEY}plain`, 'x');
    res.json({ ok: true });
  } catch (err) {
    res.status(409).json({ name: err.name, message: err.message, command: err.command?.name });
  }
});

app.get('/stats', async (req, res) => {
  const [gets, posts] = await counters.mget('GET', 'POST');
  const stored = await redis.keys(`${KEY}hits:*`);
  res.json({ gets: Number(gets), posts: Number(posts), keys: stored.sort() });
});

app.use((err, req, res, next) => {
  res.status(500).json({ error: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
