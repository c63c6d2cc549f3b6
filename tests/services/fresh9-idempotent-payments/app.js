// Payments with idempotency keys: a middleware factory that wraps res.json to store answers in a
// Map of its closure (stats on the middleware function), balances in a WeakMap keyed by the
// account instances, a Symbol-keyed audit trail, error-handling middleware using err.status.
const express = require('express');
const idempotency = require('./middleware/idempotency');
const { pay, accounts } = require('./lib/ledger');

const app = express();
app.use(express.json());

const keys = idempotency();

app.post('/payments', keys, (req, res, next) => {
  const { from, to, amount } = req.body;
  if (!Number.isInteger(amount) || amount <= 0) return res.status(400).json({ error: 'amount must be a positive integer' });
  try {
    res.status(201).json(pay(from, to, amount));
  } catch (err) {
    next(err);
  }
});

app.get('/accounts/:id', (req, res) => {
  const account = accounts.get(req.params.id);
  if (!account) return res.sendStatus(404);
  res.json({ id: account.id, balance: account.balance, audit: account.audit() });
});

app.get('/idempotency/stats', (req, res) => res.json(keys.stats));

app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.message });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
