// Sessions as an ES module on node-redis 4 with a top-level await connect: a session is a
// hash (HSET/HGETALL/EXPIRE), its token a counter-made id hashed with sha256, a per-user
// set of sessions; in process, a Map of active users (token -> user) consulted before Redis
// and counts of logins by user, cleared on logout.
import express from 'express';
import { createClient } from 'redis';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const PREFIX = 'fresh25a-esm-sessions';
const TTL = 3600;

const client = createClient({ url: process.env.REDIS_URL });
client.on('error', (err) => console.error('Redis Client Error', err));
await client.connect();

const active = new Map();
const logins = {};
let localHits = 0;

const token = (n, user) => createHash('sha256').update(`${user}#${n}`).digest('hex').slice(0, 16);

const app = express();
app.use(express.json());

async function authenticate(req, res, next) {
  const t = req.get('authorization')?.replace(/^Bearer /, '');
  if (!t) return res.status(401).json({ error: 'missing token' });
  if (active.has(t)) {
    localHits++;
    req.session = { token: t, user: active.get(t) };
    return next();
  }
  const session = await client.hGetAll(`${PREFIX}:session:${t}`);
  if (!session.user) return res.status(401).json({ error: 'invalid token' });
  active.set(t, session.user);
  req.session = { token: t, user: session.user };
  next();
}

app.post('/login', async (req, res) => {
  const { user } = req.body ?? {};
  if (!user) return res.status(400).json({ error: 'user required' });
  const n = await client.incr(`${PREFIX}:seq`);
  const t = token(n, user);
  await client
    .multi()
    .hSet(`${PREFIX}:session:${t}`, { user, views: 0, theme: 'light' })
    .expire(`${PREFIX}:session:${t}`, TTL)
    .sAdd(`${PREFIX}:user:${user}`, t)
    .exec();
  logins[user] = (logins[user] ?? 0) + 1;
  res.status(201).json({ token: t, logins: logins[user] });
});

app.get('/me', authenticate, async (req, res) => {
  const key = `${PREFIX}:session:${req.session.token}`;
  const views = await client.hIncrBy(key, 'views', 1);
  const { theme } = await client.hGetAll(key);
  const ttl = await client.ttl(key);
  res.json({ user: req.session.user, views, theme, fresh: ttl > TTL - 60 });
});

app.put('/me/theme', authenticate, async (req, res) => {
  await client.hSet(`${PREFIX}:session:${req.session.token}`, 'theme', req.body.theme);
  res.json({ theme: req.body.theme });
});

app.get('/users/:user/sessions', async (req, res) => {
  const tokens = await client.sMembers(`${PREFIX}:user:${req.params.user}`);
  res.json({ count: tokens.length, activeHere: tokens.filter((t) => active.has(t)).length });
});

app.post('/logout', authenticate, async (req, res) => {
  const { token: t, user } = req.session;
  await client.multi().del(`${PREFIX}:session:${t}`).sRem(`${PREFIX}:user:${user}`, t).exec();
  active.delete(t);
  res.json({ loggedOut: user });
});

app.post('/logout-everywhere', authenticate, async (req, res) => {
  const { user } = req.session;
  const tokens = await client.sMembers(`${PREFIX}:user:${user}`);
  if (tokens.length) await client.del([...tokens.map((t) => `${PREFIX}:session:${t}`), `${PREFIX}:user:${user}`]);
  for (const t of tokens) active.delete(t);
  delete logins[user];
  res.json({ ended: tokens.length });
});

app.get('/stats', (req, res) => {
  res.json({ active: [...active.values()].sort(), logins, localHits });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
