// Payments behind Idempotency-Key (ES modules, node-redis 4 after a top-level await connect):
// SET NX EX claims a key, the response is saved by a wrapped res.json (SET XX KEEPTTL), a
// retry gets it back with a per-process replay count; balances in a hash (HINCRBY), charges
// in a list, and a per-process ledger of the charges this process made.
import express from 'express';
import { redis, key } from './redis.js';
import { idempotent, replays, inFlight } from './idempotency.js';

export const app = express();
app.use(express.json());

const made = [];

app.post('/accounts/:id/topup', idempotent(), async (req, res) => {
  const balance = await redis.hIncrBy(key('balances'), req.params.id, req.body.amount);
  res.status(200).json({ account: req.params.id, balance });
});

app.post('/charges', idempotent(), async (req, res) => {
  const { account, amount } = req.body;
  const balance = Number((await redis.hGet(key('balances'), account)) ?? 0);
  if (balance < amount) return res.status(402).json({ error: 'insufficient funds', balance });
  const [after, n] = await redis
    .multi()
    .hIncrBy(key('balances'), account, -amount)
    .rPush(key('charges'), JSON.stringify({ account, amount }))
    .exec();
  made.push(`ch_${n}`);
  res.status(201).json({ charge: `ch_${n}`, balance: after });
});

app.get('/charges', async (req, res) => {
  const all = (await redis.lRange(key('charges'), 0, -1)).map((c) => JSON.parse(c));
  res.json({ count: all.length, total: all.reduce((s, c) => s + c.amount, 0), madeHere: made });
});

app.get('/debug/idempotency', (req, res) => {
  res.json({ replays: Object.fromEntries(replays), inFlight: inFlight.size });
});
