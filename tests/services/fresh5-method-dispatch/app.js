// RPC-style routes: `/rpc/:id/:method` calls `account[method](...args)` when the
// method is on the class's own prototype (an allow list built from
// Object.getOwnPropertyNames), hooks subscribed by event name in a table of
// arrays, a bound method kept in a Map and called later, and `super` calls
// reached through a subclass picked by a `kind` from the body.
const express = require('express');

const hooks = { opened: [], changed: [], closed: [] };
const feed = [];
const on = (event, fn) => hooks[event].push(fn);
const emit = (event, ...args) => hooks[event].forEach((fn) => fn(...args));

class Account {
  #balance = 0;
  #log = [];

  constructor(id) {
    this.id = id;
    this.open = true;
    emit('opened', this);
  }

  deposit(amount) {
    this.#balance += amount;
    this.#log.push(`+${amount}`);
    emit('changed', this, amount);
    return this.#balance;
  }

  withdraw(amount) {
    if (amount > this.#balance) throw new RangeError(`balance ${this.#balance} < ${amount}`);
    return this.deposit(-amount);
  }

  close() {
    this.open = false;
    emit('closed', this);
    return this.#balance;
  }

  statement() {
    return { id: this.id, balance: this.#balance, log: [...this.#log], open: this.open };
  }
}

class SavingsAccount extends Account {
  rate = 0.1;

  deposit(amount) {
    return super.deposit(amount > 0 ? Math.round(amount * (1 + this.rate)) : amount);
  }

  setRate(rate) {
    this.rate = rate;
    return rate;
  }
}

const kinds = { basic: Account, savings: SavingsAccount };
const accounts = new Map();
const quick = new Map();

on('opened', (a) => feed.push(`opened ${a.id}`));
on('changed', (a, amount) => feed.push(`${a.id} ${amount > 0 ? 'in' : 'out'} ${Math.abs(amount)}`));
on('closed', (a) => {
  feed.push(`closed ${a.id}`);
  quick.delete(a.id);
});

function callable(account, name) {
  let proto = Object.getPrototypeOf(account);
  while (proto && proto !== Object.prototype) {
    if (Object.getOwnPropertyNames(proto).includes(name) && name !== 'constructor') return true;
    proto = Object.getPrototypeOf(proto);
  }
  return false;
}

const app = express();
app.use(express.json());

app.post('/accounts', (req, res) => {
  const Kind = kinds[req.body.kind] ?? Account;
  const account = new Kind(req.body.id);
  accounts.set(account.id, account);
  quick.set(account.id, account.deposit.bind(account));
  res.status(201).json({ id: account.id, kind: account.constructor.name });
});

app.post('/rpc/:id/:method', (req, res) => {
  const account = accounts.get(req.params.id);
  const { method } = req.params;
  if (!account) return res.status(404).json({ error: 'no account' });
  if (!callable(account, method)) return res.status(400).json({ error: `not callable: ${method}` });
  if (!account.open && method !== 'statement') return res.status(409).json({ error: 'closed' });
  try {
    res.json({ result: account[method](...(req.body.args ?? [])) });
  } catch (err) {
    res.status(422).json({ error: err.message, type: err.constructor.name });
  }
});

app.post('/quick/:id', (req, res) => {
  const deposit = quick.get(req.params.id);
  if (!deposit) return res.status(404).json({ error: 'no quick deposit' });
  res.json({ balance: deposit(req.body.amount) });
});

app.get('/feed', (req, res) => res.json({ feed, quick: [...quick.keys()] }));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
