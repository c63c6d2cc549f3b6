// An API gateway's rate limiting on node-redis 4: a sliding window kept in sorted sets
// (ZREMRANGEBYSCORE + ZCARD in a MULTI, then ZADD + EXPIRE), two limiters with their own
// limits, refusals counted by each limiter in process, a logical clock advanced per request.
const express = require('express');
const redis = require('./redis');
const clock = require('./clock');
const { SlidingWindowLimiter, PREFIX } = require('./limiter');
const { rateLimit } = require('./middleware');

const search = new SlidingWindowLimiter({ name: 'search', limit: 3, windowSec: 10 });
const write = new SlidingWindowLimiter({ name: 'write', limit: 2, windowSec: 5 });
const limiters = [search, write];

const app = express();
app.use(express.json());

app.get('/search', rateLimit(search), async (req, res) => {
  const hits = await redis.hIncrBy(`${PREFIX}usage`, req.rateKey, 1);
  res.json({ q: req.query.q ?? '', key: req.rateKey, usage: hits, at: clock.current() });
});

app.post('/items', rateLimit(write, (req) => req.body?.owner ?? 'nobody'), async (req, res) => {
  const id = await redis.incr(`${PREFIX}items:seq`);
  await redis.rPush(`${PREFIX}items`, JSON.stringify({ id, owner: req.rateKey, name: req.body.name }));
  res.status(201).json({ id });
});

app.get('/items', async (req, res) => {
  const items = (await redis.lRange(`${PREFIX}items`, 0, -1)).map((s) => JSON.parse(s));
  res.json(items);
});

app.get('/admin/limits', async (req, res) => {
  const usage = await redis.hGetAll(`${PREFIX}usage`);
  res.json({ now: clock.current(), limiters: limiters.map((l) => l.stats()), usage: { ...usage } });
});

app.delete('/admin/limits/:name/:key', async (req, res) => {
  const limiter = limiters.find((l) => l.name === req.params.name);
  if (!limiter) return res.status(404).json({ error: 'no such limiter' });
  const removed = await redis.del(`${PREFIX}${limiter.name}:${req.params.key}`);
  limiter.refusals.delete(req.params.key);
  res.json({ removed });
});

app.use((err, req, res, next) => {
  res.status(500).json({ error: err.message });
});

module.exports = app;
