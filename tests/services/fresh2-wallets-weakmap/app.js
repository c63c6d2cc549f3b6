// Wallets with WeakMap-held balances behind a getter/setter that validates,
// Symbol-keyed ledgers and frozen flags, a private #record method, a frozen
// config object, structuredClone'd ledger copies, and a bank module whose
// helper functions update a Map of wallets and a fees counter.
const express = require('express');
const bank = require('./lib/bank');
const config = require('./lib/config');

const app = express();
app.use(express.json());

const wallet = (req, res, next) => {
  req.wallet = bank.find(req.params.owner);
  return req.wallet ? next() : res.status(404).json({ error: `no wallet for ${req.params.owner}` });
};

app.post('/wallets', (req, res) => {
  const { owner, opening = 0 } = req.body ?? {};
  const created = bank.open(owner, opening);
  if (!created) return res.status(409).json({ error: 'exists' });
  res.status(201).json(created);
});

app.get('/wallets/:owner', wallet, (req, res) => res.json(req.wallet));

app.get('/wallets/:owner/ledger', wallet, (req, res) => {
  const ledger = req.wallet.ledger();
  ledger.push({ kind: 'note', amount: 0 }); // a copy: the wallet's own ledger is untouched
  res.json(ledger);
});

app.post('/wallets/:owner/deposit', wallet, (req, res) => {
  try {
    req.wallet.deposit(Number(req.body?.amount));
    res.json(req.wallet);
  } catch (err) {
    res.status(422).json({ error: err.message, kind: err.name });
  }
});

app.post('/wallets/:owner/freeze', wallet, (req, res) => {
  req.wallet.freeze();
  res.json(req.wallet);
});

app.post('/transfers', (req, res) => {
  const { from, to, amount } = req.body ?? {};
  try {
    res.json(bank.transfer(from, to, amount));
  } catch (err) {
    res.status(err instanceof RangeError ? 422 : 400).json({ error: err.message });
  }
});

app.get('/bank', (req, res) => {
  res.json({ ...bank.totals(), currency: config.currency, frozenConfig: Object.isFrozen(config.limits) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
