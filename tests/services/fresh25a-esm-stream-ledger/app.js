// An account ledger as an ES module on ioredis: every change is an event XADDed to a
// stream (ids made by Redis, never shown), read back with XRANGE from just after the
// last id the in-memory projection applied (`(id`), XLEN for the size, XREVRANGE for the
// latest; commands are checked against the projection before they are written.
import express from 'express';
import Redis from 'ioredis';
import { fileURLToPath } from 'node:url';
import { projection, apply } from './src/projection.js';

const redis = new Redis(process.env.REDIS_URL, { keyPrefix: 'fresh25a-esm-stream-ledger:' });
const STREAM = 'events';

async function catchUp() {
  const start = projection.lastId === '0-0' ? '-' : `(${projection.lastId}`;
  const entries = await redis.xrange(STREAM, start, '+');
  return apply(entries);
}

async function append(event) {
  await redis.xadd(STREAM, '*', ...Object.entries(event).flat());
  return catchUp();
}

await catchUp();

const app = express();
app.use(express.json());

app.post('/accounts', async (req, res) => {
  const { account, owner } = req.body;
  await catchUp();
  if (projection.balances.has(account)) return res.status(409).json({ error: 'exists' });
  await append({ type: 'opened', account, owner });
  res.status(201).json(projection.balances.get(account));
});

app.post('/accounts/:account/:op(deposit|withdraw)', async (req, res) => {
  const { account, op } = req.params;
  const amount = Number(req.body.amount);
  await catchUp();
  const current = projection.balances.get(account);
  if (!current) return res.status(404).json({ error: 'no such account' });
  if (!(amount > 0)) return res.status(400).json({ error: 'amount must be positive' });
  if (op === 'withdraw' && current.balance < amount) {
    return res.status(422).json({ error: 'insufficient funds', balance: current.balance });
  }
  const read = await append({ type: op === 'deposit' ? 'deposited' : 'withdrew', account, amount: String(amount) });
  res.json({ account, balance: projection.balances.get(account).balance, read });
});

app.delete('/accounts/:account', async (req, res) => {
  await catchUp();
  const current = projection.balances.get(req.params.account);
  if (!current) return res.status(404).json({ error: 'no such account' });
  if (current.balance !== 0) return res.status(409).json({ error: 'balance not zero' });
  await append({ type: 'closed', account: req.params.account });
  res.status(204).end();
});

app.get('/accounts', async (req, res) => {
  await catchUp();
  res.json(Object.fromEntries(projection.balances));
});

app.get('/events', async (req, res) => {
  const [length, latest] = await Promise.all([redis.xlen(STREAM), redis.xrevrange(STREAM, '+', '-', 'COUNT', 2)]);
  res.json({
    length,
    applied: projection.applied,
    latest: latest.map(([, fields]) => fields.filter((_, i) => i % 2 === 1).join(' ')),
    history: projection.history,
  });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
