// Class-based controllers handed to the router as bound methods: bound once in the
// constructor (`this.list = this.list.bind(this)`) or where they are mounted
// (`accounts.deposit.bind(accounts)`); the instances keep the state.
const express = require('express');

class AccountController {
  constructor() {
    this.accounts = new Map();
    this.audit = [];
    this.open = this.open.bind(this);
    this.show = this.show.bind(this);
  }

  open(req, res) {
    const { owner } = req.body;
    if (!owner) return res.status(400).json({ error: 'owner required' });
    const id = `acc-${this.accounts.size + 1}`;
    this.accounts.set(id, { id, owner, balance: 0 });
    this.record('open', id);
    res.status(201).json(this.accounts.get(id));
  }

  show(req, res) {
    const account = this.accounts.get(req.params.id);
    account ? res.json(account) : res.status(404).json({ error: 'unknown account' });
  }

  deposit(req, res) {
    const account = this.accounts.get(req.params.id);
    if (!account) return res.status(404).json({ error: 'unknown account' });
    account.balance += Number(req.body.amount) || 0;
    this.record('deposit', account.id);
    res.json(account);
  }

  history(req, res) {
    res.json({ entries: this.audit.length, last: this.audit.at(-1) ?? null });
  }

  record(kind, id) {
    this.audit.push(`${kind}:${id}`);
  }
}

const accounts = new AccountController();
const app = express();
app.use(express.json());
app.post('/accounts', accounts.open);
app.get('/accounts/:id', accounts.show);
app.post('/accounts/:id/deposit', accounts.deposit.bind(accounts));
app.get('/history', accounts.history.bind(accounts));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
