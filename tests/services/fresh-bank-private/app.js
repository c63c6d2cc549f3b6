// Bank accounts as a class with private fields and a private method, a static
// registry with a static factory, transfers validated with custom errors,
// accounts held in a Map on the class.
const express = require('express');

class InsufficientFunds extends Error {
  constructor(account, wanted) {
    super(`account ${account.id} cannot pay ${wanted}`);
    this.name = 'InsufficientFunds';
    this.code = 'E_FUNDS';
  }
}

class Account {
  static #registry = new Map();
  #balance = 0;
  #log = [];

  constructor(id, owner) {
    this.id = id;
    this.owner = owner;
  }

  static open(owner, initial = 0) {
    const account = new Account(`acc${Account.#registry.size + 1}`, owner);
    if (initial) account.deposit(initial, 'opening');
    Account.#registry.set(account.id, account);
    return account;
  }

  static find(id) {
    return Account.#registry.get(id) ?? null;
  }

  static get count() {
    return Account.#registry.size;
  }

  #record(kind, amount, note) {
    this.#log.push({ kind, amount, note, balance: this.#balance });
  }

  deposit(amount, note = '') {
    this.#balance += amount;
    this.#record('in', amount, note);
  }

  withdraw(amount, note = '') {
    if (amount > this.#balance) throw new InsufficientFunds(this, amount);
    this.#balance -= amount;
    this.#record('out', amount, note);
  }

  get balance() {
    return this.#balance;
  }

  toJSON() {
    return { id: this.id, owner: this.owner, balance: this.#balance, log: this.#log.slice(-3) };
  }
}

const app = express();
app.use(express.json());

app.post('/accounts', (req, res) => {
  res.status(201).json(Account.open(req.body.owner, req.body.initial));
});

app.post('/transfer', (req, res) => {
  const { from, to, amount } = req.body;
  const [a, b] = [Account.find(from), Account.find(to)];
  if (!a || !b) return res.status(404).json({ error: 'unknown account' });
  try {
    a.withdraw(amount, `to ${to}`);
    b.deposit(amount, `from ${from}`);
    res.json({ [from]: a.balance, [to]: b.balance });
  } catch (err) {
    if (err instanceof InsufficientFunds) return res.status(409).json({ error: err.message, code: err.code });
    throw err;
  }
});

app.get('/accounts/:id', (req, res) => {
  const account = Account.find(req.params.id);
  account ? res.json(account) : res.status(404).json({ error: 'unknown account' });
});

app.get('/bank', (req, res) => res.json({ accounts: Account.count }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
