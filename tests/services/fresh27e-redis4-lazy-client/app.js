// A URL shortener whose node-redis 4 client is made and connected lazily, by the first request
// that needs it (a module `let` and a shared connecting promise, as serverless-minded code does);
// codes from INCR in base 36, links in a hash as JSON, clicks counted with HINCRBY and a sorted
// set; in process, the hot links cache and how many times the client was (re)used.
const express = require('express');
const { createClient } = require('redis');

const PREFIX = 'fresh27e-redis4-lazy-client';
let client = null;
let connecting = null;
let connects = 0;
let uses = 0;
const hot = new Map();

async function getClient() {
  uses++;
  if (client?.isReady) return client;
  if (!connecting) {
    const c = createClient({ url: process.env.REDIS_URL });
    c.on('error', (err) => console.error('redis:', err.message));
    connecting = c.connect().then(() => {
      connects++;
      client = c;
      return c;
    });
  }
  return connecting;
}

const app = express();
app.use(express.json());

app.post('/links', async (req, res) => {
  const { url } = req.body;
  if (!/^https?:\/\//.test(url ?? '')) return res.status(400).json({ error: 'url must be http(s)' });
  const redis = await getClient();
  const n = await redis.incr(`${PREFIX}:seq`);
  const code = (n * 1297).toString(36);
  await redis.hSet(`${PREFIX}:links`, code, JSON.stringify({ url, n }));
  res.status(201).json({ code, short: `/r/${code}` });
});

app.get('/r/:code', async (req, res) => {
  const redis = await getClient();
  let link = hot.get(req.params.code);
  if (!link) {
    const raw = await redis.hGet(`${PREFIX}:links`, req.params.code);
    if (!raw) return res.status(404).json({ error: 'unknown code' });
    link = JSON.parse(raw);
  }
  const clicks = await redis.zIncrBy(`${PREFIX}:clicks`, 1, req.params.code);
  if (clicks >= 2) hot.set(req.params.code, link);
  res.redirect(302, link.url);
});

app.get('/stats', async (req, res) => {
  const redis = await getClient();
  const top = await redis.zRangeWithScores(`${PREFIX}:clicks`, 0, -1, { REV: true });
  res.json({ top: top.map((t) => [t.value, t.score]), hot: [...hot.keys()], connects, uses });
});

app.listen(process.env.PORT ?? 3000);
