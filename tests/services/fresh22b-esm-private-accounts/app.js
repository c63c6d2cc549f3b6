// Bank accounts as ES module classes: a static private registry, id counter and journal, a private
// balance behind a `get total()`/`set total(v)` pair written by `this.total += delta` in a private
// `#apply` reached through `deposit`/`withdraw`/`transfer`, a private `#bump`, a subclass with its own
// private fields calling the inherited methods, `#balance in x`, and fees charged through the setter
// by `Object.assign(acct, { total })` and `Reflect.set(acct, 'total', v)` in another module.
import express from 'express';
import { fileURLToPath } from 'node:url';
import { Account } from './lib/account.js';
import * as bank from './lib/bank.js';

const app = express();
app.use(express.json());

app.post('/accounts', (req, res) => {
  const acct = bank.track(bank.openAccount(req.body));
  res.status(201).json(acct);
});

app.get('/accounts/:id', (req, res) => {
  const acct = Account.find(req.params.id);
  if (!acct) return res.status(404).json({ error: 'no account' });
  res.json(acct);
});

app.post('/accounts/:id/deposit', (req, res) => {
  const acct = Account.find(req.params.id)?.deposit(req.body.amount);
  if (!acct) return res.status(404).json({ error: 'no account' });
  res.json(acct);
});

app.post('/accounts/:id/withdraw', (req, res, next) => {
  try {
    res.json(Account.find(req.params.id).withdraw(req.body.amount));
  } catch (err) {
    next(err);
  }
});

app.post('/transfers', (req, res, next) => {
  try {
    const pair = bank.move(req.body.from, req.body.to, req.body.amount);
    if (!pair) return res.status(404).json({ error: 'no account' });
    res.json(pair);
  } catch (err) {
    next(err);
  }
});

app.post('/fees', (req, res) => {
  res.json({ charged: bank.chargeFees(req.body.amount), fees: bank.fees });
});

app.post('/accrue', (req, res) => {
  res.json({ totals: bank.accrueAll() });
});

app.delete('/accounts/:id', (req, res) => {
  res.json({ closed: Account.close(req.params.id), count: Account.count });
});

app.get('/journal', (req, res) => {
  res.json({
    count: Account.count,
    journal: Account.journal,
    accounts: bank.allIds().map((id) => Account.find(id)),
    checks: [Account.isAccount(Account.find(1) ?? {}), Account.isAccount({ total: 1 })],
  });
});

app.use((err, req, res, next) => {
  res.status(err instanceof RangeError ? 409 : 400).json({ error: err.name, message: err.message });
});

export default app;
if (process.argv[1] === fileURLToPath(import.meta.url)) app.listen(process.env.PORT || 8080);
