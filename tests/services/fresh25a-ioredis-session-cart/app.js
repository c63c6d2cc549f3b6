// A shop's sessions in Redis through connect-redis 7 over an ioredis client (connect-redis
// speaks ioredis's `set(key, val, 'EX', ttl)`), carts in the session, stock in a Redis hash
// reserved with HINCRBY and given back when a cart is emptied; in process, the number of
// checkouts per user and the last cart size seen per session. Session ids come from a
// header, so the signed cookies are known in advance.
const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL);
const KEY = 'fresh25a-ioredis-session-cart:';

const checkouts = new Map();
const lastSize = {};

redis.hset(`${KEY}stock`, { mug: 3, tee: 1, cap: 5 });

const app = express();
app.use(express.json());
app.use(
  session({
    store: new RedisStore({ client: redis, prefix: `${KEY}sess:`, ttl: 600 }),
    secret: 'not-so-secret',
    name: 'shop.sid',
    resave: false,
    saveUninitialized: false,
    genid: (req) => `s-${req.get('x-session-name') ?? 'anon'}`,
  }),
);

app.post('/login', (req, res) => {
  req.session.user = req.body.user;
  req.session.cart ??= {};
  res.json({ user: req.session.user, id: req.sessionID });
});

const auth = (req, res, next) => (req.session.user ? next() : res.status(401).json({ error: 'log in first' }));

app.post('/cart/:item', auth, async (req, res) => {
  const { item } = req.params;
  const left = await redis.hincrby(`${KEY}stock`, item, -1);
  if (left < 0) {
    await redis.hincrby(`${KEY}stock`, item, 1);
    return res.status(409).json({ error: `${item} sold out` });
  }
  req.session.cart[item] = (req.session.cart[item] ?? 0) + 1;
  lastSize[req.sessionID] = Object.values(req.session.cart).reduce((a, b) => a + b, 0);
  res.json({ cart: req.session.cart, left });
});

app.delete('/cart', auth, async (req, res) => {
  const pipe = redis.pipeline();
  for (const [item, n] of Object.entries(req.session.cart)) pipe.hincrby(`${KEY}stock`, item, n);
  await pipe.exec();
  req.session.cart = {};
  lastSize[req.sessionID] = 0;
  res.json({ cart: {} });
});

app.post('/checkout', auth, async (req, res) => {
  const items = Object.entries(req.session.cart);
  if (!items.length) return res.status(400).json({ error: 'empty cart' });
  const n = await redis.rpush(`${KEY}orders`, JSON.stringify({ user: req.session.user, items }));
  checkouts.set(req.session.user, (checkouts.get(req.session.user) ?? 0) + 1);
  req.session.cart = {};
  res.status(201).json({ order: n, checkouts: checkouts.get(req.session.user) });
});

app.post('/logout', (req, res, next) => {
  req.session.destroy((err) => (err ? next(err) : res.json({ bye: true })));
});

app.get('/stats', async (req, res) => {
  const [stock, orders, sessions] = await Promise.all([
    redis.hgetall(`${KEY}stock`),
    redis.llen(`${KEY}orders`),
    redis.keys(`${KEY}sess:*`),
  ]);
  res.json({ stock, orders, sessions: sessions.sort(), checkouts: Object.fromEntries(checkouts), lastSize });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
