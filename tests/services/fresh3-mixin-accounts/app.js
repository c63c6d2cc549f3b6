// Accounts built from util.inherits constructors, mixins copied onto the
// prototype with Object.assign (Reflect.set / Reflect.deleteProperty and a
// Symbol-keyed history inside them), a class extending the old chain whose
// super.deposit() writes, and static counters on the constructors.
const express = require('express');
const { Account, Savings, Premium } = require('./models/accounts');

const accounts = {};
const kinds = { basic: Account, savings: Savings, premium: Premium };

const app = express();
app.use(express.json());

const load = (req, res, next) => {
  req.account = accounts[req.params.id];
  if (!req.account) return res.status(404).json({ error: `no account ${req.params.id}` });
  next();
};

app.post('/accounts', (req, res) => {
  const { kind = 'basic', owner, rate = 0 } = req.body;
  const Kind = kinds[kind];
  const id = `A${Object.keys(accounts).length + 1}`;
  accounts[id] = new Kind(id, owner, rate);
  res.status(201).json(accounts[id]);
});

app.post('/accounts/:id/:op(deposit|withdraw|accrue)', load, (req, res) => {
  const acct = req.account;
  acct[req.params.op](req.body?.amount);
  res.json({ id: acct.id, balance: acct.balance });
});

app.post('/accounts/:id/freeze', load, (req, res) => {
  if (req.body.reason) req.account.freeze(req.body.reason);
  else req.account.thaw();
  res.json({ id: req.account.id, frozen: req.account.frozen ?? null });
});

app.get('/accounts/:id/history', load, (req, res) => res.json(req.account.history()));

app.get('/totals', (req, res) => {
  const all = Object.values(accounts);
  res.json({
    open: Account.open,
    bonusPaid: Premium.bonusPaid,
    total: all.reduce((s, a) => s + a.balance, 0),
    savings: all.filter((a) => a instanceof Savings).map((a) => a.id),
  });
});

app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.message }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
