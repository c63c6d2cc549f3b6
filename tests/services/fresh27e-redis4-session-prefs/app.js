// Sessions in Redis (express-session + connect-redis 7 over node-redis 4), user preferences
// in Redis hashes, logins in a sorted set by count; in process, who is online (a Map of
// session id -> user, kept across `regenerate` on login) and per-user page counts. A handler writes the session after its
// awaits. The client connects before the app listens; the session ids come from a header.
const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');

const PREFIX = 'fresh27e-redis4-session-prefs:';
const client = createClient({ url: process.env.REDIS_URL });
client.on('error', (err) => console.error('Redis Client Error', err));

const online = new Map();
const pageViews = {};

const app = express();
app.use(express.json());
app.use(session({
  store: new RedisStore({ client, prefix: `${PREFIX}sess:`, ttl: 900 }),
  secret: process.env.SESSION_SECRET ?? 'dev-secret',
  name: 'prefs.sid',
  resave: false,
  saveUninitialized: false,
  genid: (req) => `sid-${req.get('x-client') ?? 'anonymous'}`,
}));

const requireUser = (req, res, next) => (req.session.user ? next() : res.status(401).json({ error: 'login required' }));

app.post('/login', async (req, res, next) => {
  try {
    const { user } = req.body;
    if (!user) return res.status(400).json({ error: 'user required' });
    const logins = await client.zIncrBy(`${PREFIX}logins`, 1, user);
    const prefs = await client.hGetAll(`${PREFIX}prefs:${user}`);
    const previous = req.session.user ?? null;
    online.delete(req.sessionID);
    // a new session id on login (session fixation), the old session dropped from the store
    req.session.regenerate((err) => {
      if (err) return next(err);
      req.session.user = user;
      req.session.theme = prefs.theme ?? 'light';
      req.session.visited = [];
      online.set(req.sessionID, user);
      res.json({ user, logins, theme: req.session.theme, previous, sid: req.sessionID });
    });
  } catch (err) {
    next(err);
  }
});

app.put('/prefs', requireUser, async (req, res) => {
  const key = `${PREFIX}prefs:${req.session.user}`;
  await client.hSet(key, req.body);
  const prefs = await client.hGetAll(key);
  if (req.body.theme) req.session.theme = req.body.theme;
  res.json({ prefs, sessionTheme: req.session.theme });
});

app.get('/pages/:page', requireUser, (req, res) => {
  const { user } = req.session;
  pageViews[user] = (pageViews[user] ?? 0) + 1;
  req.session.visited.push(req.params.page);
  res.json({ page: req.params.page, theme: req.session.theme, visited: req.session.visited, views: pageViews[user] });
});

app.get('/me', requireUser, async (req, res) => {
  const [rank, score] = await Promise.all([
    client.zRevRank(`${PREFIX}logins`, req.session.user),
    client.zScore(`${PREFIX}logins`, req.session.user),
  ]);
  res.json({ user: req.session.user, theme: req.session.theme, visited: req.session.visited, loginRank: rank + 1, logins: score });
});

app.get('/online', async (req, res) => {
  const stored = [];
  for await (const key of client.scanIterator({ MATCH: `${PREFIX}sess:*` })) stored.push(key.slice(PREFIX.length));
  const ttls = await Promise.all(stored.map((k) => client.ttl(PREFIX + k)));
  res.json({
    online: [...online.values()].sort(),
    stored: stored.sort(),
    ttlsOk: ttls.every((t) => t > 800 && t <= 900),
    pageViews,
  });
});

app.post('/logout', requireUser, (req, res, next) => {
  const user = req.session.user;
  const id = req.sessionID;
  req.session.destroy((err) => {
    if (err) return next(err);
    online.delete(id);
    res.json({ bye: user });
  });
});

app.use((err, req, res, next) => res.status(500).json({ error: err.message }));

client.connect().then(() => {
  app.listen(process.env.PORT || 3000);
});
