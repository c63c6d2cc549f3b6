// A sliding-window rate limiter as a Lua script (SCRIPT LOAD once, EVALSHA per request,
// ZREMRANGEBYSCORE + ZCARD + ZADD + PEXPIRE in one atomic step) on a logical clock sent by
// the client; a job lock taken with SET NX PX and released by the usual compare-and-delete
// script; in process, the refusals per key and the loaded script's sha.
const express = require('express');
const { createClient } = require('redis');

const P = 'fresh27e-redis4-lua-limiter:';
const client = createClient({ url: process.env.REDIS_URL });
client.on('error', (err) => console.error('redis', err));

const SLIDING_WINDOW = `
local key, now, window, limit = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local used = redis.call('ZCARD', key)
if used >= limit then
  local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  return {0, used, tonumber(oldest[2]) + window - now}
end
redis.call('ZADD', key, now, ARGV[4])
redis.call('PEXPIRE', key, window * 60)
return {1, used + 1, 0}
`;
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`;

let limiterSha = null;
const refusals = new Map();
let seq = 0;

function limit({ limit: max, windowMs }) {
  return async (req, res, next) => {
    try {
      const who = req.get('x-api-key') ?? 'anon';
      const now = Number(req.get('x-clock'));
      seq += 1;
      const [ok, used, retryMs] = await client.evalSha(limiterSha, {
        keys: [`${P}rl:${req.baseUrl || req.path}:${who}`],
        arguments: [String(now), String(windowMs), String(max), `${now}-${seq}`],
      });
      res.set('x-ratelimit-remaining', String(Math.max(max - used, 0)));
      if (!ok) {
        refusals.set(who, (refusals.get(who) ?? 0) + 1);
        return res.status(429).json({ error: 'too many requests', retryMs });
      }
      next();
    } catch (err) {
      next(err);
    }
  };
}

const app = express();
app.use(express.json());

app.use('/search', limit({ limit: 3, windowMs: 1000 }), (req, res) => res.json({ results: [req.query.q] }));
app.use('/export', limit({ limit: 1, windowMs: 5000 }), (req, res) => res.json({ exported: true }));

app.post('/jobs/:name/lock', async (req, res) => {
  const ok = await client.set(`${P}lock:${req.params.name}`, req.body.owner, { NX: true, PX: 10000 });
  res.status(ok ? 201 : 409).json({ locked: Boolean(ok), owner: await client.get(`${P}lock:${req.params.name}`) });
});

app.post('/jobs/:name/unlock', async (req, res) => {
  const released = await client.eval(RELEASE, { keys: [`${P}lock:${req.params.name}`], arguments: [req.body.owner] });
  res.json({ released: released === 1 });
});

app.get('/limits', async (req, res) => {
  const keys = (await client.keys(`${P}rl:*`)).sort();
  const sizes = await Promise.all(keys.map((k) => client.zCard(k)));
  res.json({
    scriptLoaded: limiterSha !== null && limiterSha.length === 40,
    refusals: Object.fromEntries(refusals),
    windows: Object.fromEntries(keys.map((k, i) => [k.slice(P.length), sizes[i]])),
  });
});

app.use((err, req, res, next) => res.status(500).json({ error: err.message }));

(async () => {
  await client.connect();
  limiterSha = await client.scriptLoad(SLIDING_WINDOW);
  app.listen(process.env.PORT ?? 3000);
})();
