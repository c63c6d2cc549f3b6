// A wallet on ioredis with optimistic locking, as the Redis docs teach it: WATCH the
// balances, read them, MULTI the transfer and EXEC, retrying when EXEC answers null
// (another client changed a watched key); UNWATCH when the transfer is refused. In
// process: the number of attempts each transfer took and the refused transfers.
const express = require('express');
const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL, { keyPrefix: 'fresh25a-wallet-watch:' });
const MAX_RETRIES = 5;
const attempts = [];
const refused = [];

class InsufficientFunds extends Error {
  constructor(balance) {
    super('insufficient funds');
    this.balance = balance;
  }
}

async function transfer(from, to, amount) {
  for (let attempt = 1; attempt <= MAX_RETRIES; attempt++) {
    await redis.watch(`balance:${from}`, `balance:${to}`);
    const balance = Number((await redis.get(`balance:${from}`)) ?? 0);
    if (balance < amount) {
      await redis.unwatch();
      throw new InsufficientFunds(balance);
    }
    const result = await redis
      .multi()
      .decrby(`balance:${from}`, amount)
      .incrby(`balance:${to}`, amount)
      .rpush('transfers', `${from}>${to}:${amount}`)
      .exec();
    if (result !== null) {
      attempts.push(attempt);
      return { from: Number(result[0][1]), to: Number(result[1][1]), n: result[2][1] };
    }
  }
  throw new Error('too much contention');
}

const app = express();
app.use(express.json());

app.post('/wallets/:id/deposit', async (req, res) => {
  const balance = await redis.incrby(`balance:${req.params.id}`, req.body.amount);
  res.json({ id: req.params.id, balance });
});

app.post('/transfers', async (req, res) => {
  const { from, to, amount } = req.body;
  try {
    const done = await transfer(from, to, amount);
    res.status(201).json(done);
  } catch (err) {
    if (!(err instanceof InsufficientFunds)) throw err;
    refused.push({ from, amount, balance: err.balance });
    res.status(409).json({ error: err.message, balance: err.balance });
  }
});

app.get('/wallets/:id', async (req, res) => {
  res.json({ id: req.params.id, balance: Number((await redis.get(`balance:${req.params.id}`)) ?? 0) });
});

app.get('/audit', async (req, res) => {
  res.json({ transfers: await redis.lrange('transfers', 0, -1), attempts, refused });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
