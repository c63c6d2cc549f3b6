// A ledger on ioredis: every movement XADDed to a stream in the same MULTI that moves the
// balance hashes and the sorted set of balances; an in-process projection catches up from
// the stream (XRANGE from the exclusive last id it applied) and is compared with Redis;
// accounts read back in one pipeline.
const express = require('express');
const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL, { keyPrefix: 'fresh27e-ioredis-ledger-stream:' });
redis.on('error', (err) => console.error('redis:', err.message));

const projection = new Map();
let lastId = '0';
let applied = 0;
const rejected = [];

const app = express();
app.use(express.json());

async function catchUp() {
  const entries = await redis.xrange('movements', `(${lastId}`, '+');
  for (const [id, fields] of entries) {
    const m = {};
    for (let i = 0; i < fields.length; i += 2) m[fields[i]] = fields[i + 1];
    const delta = m.type === 'credit' ? Number(m.amount) : -Number(m.amount);
    projection.set(m.account, (projection.get(m.account) ?? 0) + delta);
    lastId = id;
    applied++;
  }
  return entries.length;
}

async function move(account, type, amount, memo) {
  const delta = type === 'credit' ? amount : -amount;
  const [[, balance]] = await redis
    .multi()
    .hincrby(`account:${account}`, 'balance', delta)
    .hincrby(`account:${account}`, type === 'credit' ? 'credits' : 'debits', 1)
    .zincrby('balances', delta, account)
    .sadd('accounts', account)
    .xadd('movements', '*', 'account', account, 'type', type, 'amount', String(amount), 'memo', memo ?? '')
    .exec();
  return balance;
}

app.post('/accounts/:id/credit', async (req, res, next) => {
  try {
    const balance = await move(req.params.id, 'credit', req.body.amount, req.body.memo);
    res.status(201).json({ account: req.params.id, balance, caughtUp: await catchUp() });
  } catch (e) {
    next(e);
  }
});

app.post('/accounts/:id/debit', async (req, res, next) => {
  try {
    const current = Number((await redis.hget(`account:${req.params.id}`, 'balance')) ?? 0);
    if (current < req.body.amount) {
      rejected.push({ account: req.params.id, amount: req.body.amount });
      return res.status(409).json({ error: 'insufficient funds', balance: current });
    }
    const balance = await move(req.params.id, 'debit', req.body.amount, req.body.memo);
    res.status(201).json({ account: req.params.id, balance });
  } catch (e) {
    next(e);
  }
});

app.post('/transfer', async (req, res, next) => {
  try {
    const { from, to, amount } = req.body;
    const current = Number((await redis.hget(`account:${from}`, 'balance')) ?? 0);
    if (current < amount) {
      rejected.push({ account: from, amount });
      return res.status(409).json({ error: 'insufficient funds', balance: current });
    }
    await move(from, 'debit', amount, `to ${to}`);
    await move(to, 'credit', amount, `from ${from}`);
    res.json({ from, to, amount, caughtUp: await catchUp() });
  } catch (e) {
    next(e);
  }
});

app.get('/accounts', async (req, res) => {
  const ids = (await redis.smembers('accounts')).sort();
  const pipe = redis.pipeline();
  ids.forEach((id) => pipe.hgetall(`account:${id}`));
  const rows = await pipe.exec();
  res.json(ids.map((id, i) => {
    const h = rows[i][1];
    return { id, balance: Number(h.balance), credits: Number(h.credits ?? 0), debits: Number(h.debits ?? 0) };
  }));
});

app.get('/ranking', async (req, res) => {
  const flat = await redis.zrevrange('balances', 0, -1, 'WITHSCORES');
  const rows = [];
  for (let i = 0; i < flat.length; i += 2) rows.push([flat[i], Number(flat[i + 1])]);
  res.json(rows);
});

app.get('/movements', async (req, res) => {
  const count = Number(req.query.count ?? 3);
  const [entries, length] = await Promise.all([redis.xrevrange('movements', '+', '-', 'COUNT', count), redis.xlen('movements')]);
  res.json({
    length,
    latest: entries.map(([, f]) => `${f[3]} ${f[5]} ${f[1]}${f[7] ? ` (${f[7]})` : ''}`),
  });
});

app.get('/projection', async (req, res) => {
  const caughtUp = await catchUp();
  const pipe = redis.pipeline();
  const ids = [...projection.keys()].sort();
  ids.forEach((id) => pipe.hget(`account:${id}`, 'balance'));
  const balances = (await pipe.exec()).map(([, b]) => Number(b));
  res.json({
    caughtUp,
    applied,
    projection: Object.fromEntries(ids.map((id) => [id, projection.get(id)])),
    consistent: ids.every((id, i) => projection.get(id) === balances[i]),
    rejected,
  });
});

app.use((err, req, res, next) => res.status(500).json({ error: err.message }));

app.listen(process.env.PORT ?? 3000);
