// Orders on node-redis 4: each order a hash (hSet with an object, hGetAll),
// its status history a stream with explicit ids (xAdd, xRange, xLen), a
// revenue leaderboard per customer (zIncrBy, zRangeWithScores with REV), the
// set of open orders (sAdd/sRem/sMembers), all changes of one transition in a
// multi().exec(); a report walks the order keys with a SCAN cursor loop.
const express = require('express');
const { createClient } = require('redis');

const P = 'fresh4-redis4-orders';
const client = createClient({ url: process.env.REDIS_URL });
client.connect().catch((err) => console.error('redis', err.message));

const key = {
  order: (id) => `${P}:order:${id}`,
  history: (id) => `${P}:history:${id}`,
  open: `${P}:open`,
  revenue: `${P}:revenue`,
  seq: `${P}:seq`,
};

const TRANSITIONS = { new: ['paid', 'cancelled'], paid: ['shipped', 'refunded'], shipped: ['delivered'] };
let historySeq = 0;

class TransitionError extends Error {
  constructor(from, to) {
    super(`cannot go from ${from} to ${to}`);
    this.status = 409;
  }
}

async function loadOrder(id) {
  const order = await client.hGetAll(key.order(id));
  return Object.keys(order).length ? { ...order, total: Number(order.total) } : null;
}

async function transition(id, to) {
  const order = await loadOrder(id);
  if (!order) return null;
  if (!(TRANSITIONS[order.status] ?? []).includes(to)) throw new TransitionError(order.status, to);
  const tx = client.multi()
    .hSet(key.order(id), 'status', to)
    .xAdd(key.history(id), `${++historySeq}-1`, { from: order.status, to });
  if (to === 'paid') tx.zIncrBy(key.revenue, order.total, order.customer);
  if (to === 'refunded') tx.zIncrBy(key.revenue, -order.total, order.customer);
  if (['cancelled', 'delivered', 'refunded'].includes(to)) tx.sRem(key.open, String(id));
  const replies = await tx.exec();
  return { id, from: order.status, to, replies: replies.length };
}

const app = express();
app.use(express.json());

app.post('/orders', async (req, res, next) => {
  try {
    const { customer, items = [] } = req.body;
    const total = items.reduce((sum, i) => sum + i.price * (i.qty ?? 1), 0);
    const id = await client.incrBy(key.seq, 1);
    await client.hSet(key.order(id), { customer, total: String(total), status: 'new', items: items.length });
    await Promise.all([
      client.xAdd(key.history(id), `${++historySeq}-0`, { to: 'new' }),
      client.sAdd(key.open, String(id)),
    ]);
    res.status(201).json({ id, total, open: await client.sCard(key.open) });
  } catch (err) {
    next(err);
  }
});

app.post('/orders/:id/:to', async (req, res, next) => {
  try {
    const done = await transition(Number(req.params.id), req.params.to);
    return done ? res.json(done) : res.status(404).json({ error: 'no such order' });
  } catch (err) {
    next(err);
  }
});

app.get('/orders/:id', async (req, res, next) => {
  try {
    const [order, history, steps] = await Promise.all([
      loadOrder(req.params.id),
      client.xRange(key.history(req.params.id), '-', '+'),
      client.xLen(key.history(req.params.id)),
    ]);
    if (!order) return res.status(404).json({ error: 'no such order' });
    res.json({ ...order, steps, history: history.map(({ message }) => message.to) });
  } catch (err) {
    next(err);
  }
});

app.get('/leaderboard', async (req, res) => {
  const top = await client.zRangeWithScores(key.revenue, 0, -1, { REV: true });
  res.json(top);
});

app.get('/report', async (req, res) => {
  const counts = {};
  let cursor = 0;
  do {
    const reply = await client.scan(cursor, { MATCH: `${P}:order:*`, COUNT: 100 });
    cursor = reply.cursor;
    for (const k of reply.keys) {
      const status = await client.hGet(k, 'status');
      counts[status] = (counts[status] ?? 0) + 1;
    }
  } while (cursor !== 0);
  const open = (await client.sMembers(key.open)).map(Number).sort((a, b) => a - b);
  res.json({ counts: Object.fromEntries(Object.entries(counts).sort()), open });
});

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
