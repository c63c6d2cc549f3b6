// Login throttling as rate-limiter-flexible's docs show it: two RateLimiterRedis over one ioredis
// client (failed attempts per user+IP, 3 per hour; per IP, 5 per day), consumed on a failure and
// deleted on a success; in process, the users and the number of lockouts answered.
const express = require('express');
const Redis = require('ioredis');
const { RateLimiterRedis } = require('rate-limiter-flexible');

const redis = new Redis(process.env.REDIS_URL);
redis.on('error', (err) => console.error('redis', err.message));

const byUserIp = new RateLimiterRedis({ storeClient: redis, keyPrefix: 'fresh27e-ioredis-rlflex-login:user_ip', points: 3, duration: 3600, blockDuration: 900 });
const byIp = new RateLimiterRedis({ storeClient: redis, keyPrefix: 'fresh27e-ioredis-rlflex-login:ip', points: 5, duration: 86400 });

const USERS = new Map([['ann', 'hunter2'], ['bob', 'letmein']]);
const lockouts = {};

const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const { user, password } = req.body;
  const ip = req.get('x-client-ip') ?? '127.0.0.1';
  const key = `${user}_${ip}`;
  const [userIp, ipRes] = await Promise.all([byUserIp.get(key), byIp.get(ip)]);
  if ((userIp && userIp.consumedPoints > 3) || (ipRes && ipRes.consumedPoints > 5)) {
    lockouts[user] = (lockouts[user] ?? 0) + 1;
    return res.status(429).json({ error: 'too many attempts', lockouts: lockouts[user] });
  }
  if (USERS.get(user) === password) {
    if (userIp && userIp.consumedPoints > 0) await byUserIp.delete(key);
    return res.json({ ok: true, user });
  }
  try {
    const [r1, r2] = await Promise.all([byUserIp.consume(key), byIp.consume(ip)]);
    res.status(401).json({ error: 'bad credentials', left: r1.remainingPoints, ipLeft: r2.remainingPoints });
  } catch (rej) {
    if (rej instanceof Error) throw rej;
    lockouts[user] = (lockouts[user] ?? 0) + 1;
    res.status(429).json({ error: 'too many attempts', lockouts: lockouts[user], retryOk: rej.msBeforeNext > 0 });
  }
});

app.get('/lockouts', (req, res) => res.json(lockouts));

app.listen(process.env.PORT ?? 3000);
