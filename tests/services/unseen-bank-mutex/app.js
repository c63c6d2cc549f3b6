import express from 'express';
import { fileURLToPath } from 'node:url';
import { transfer, balances, recent, pending, InsufficientFunds } from './ledger.js';

const app = express();
app.use(express.json());

app.post('/transfers', async (req, res, next) => {
  const { from, to, amount } = req.body ?? {};
  if (!from || !to || !(amount > 0)) return res.status(400).json({ error: 'from, to and a positive amount' });
  try {
    res.status(201).json(await transfer(from, to, amount));
  } catch (err) {
    next(err);
  }
});

app.post('/transfers/batch', async (req, res) => {
  const results = await Promise.allSettled(req.body.map(({ from, to, amount }) => transfer(from, to, amount)));
  res.json(results.map((r) => (r.status === 'fulfilled' ? r.value.seq : r.reason.message)));
});

app.get('/balances', (req, res) => res.json({ ...balances(), pending: pending() }));
app.get('/history', (req, res) => res.json(recent(Number(req.query.n ?? 3))));

app.use((err, req, res, next) => {
  if (err instanceof InsufficientFunds) return res.status(err.status).json({ error: err.name, message: err.message });
  next(err);
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
