// A module-level instance of an ES class, made by a static factory, whose methods,
// setter and getters change or show its fields; it holds an instance of a second
// class (a bounded history) that it changes through that one's methods.
const express = require('express');
const app = express();

class History {
  constructor(limit) {
    this.limit = limit;
    this.entries = [];
  }

  add(entry) {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
  }

  get last() {
    return this.entries[this.entries.length - 1] || null;
  }
}

class Account {
  constructor(owner) {
    this.owner = owner;
    this.balance = 0;
    this.history = new History(3);
    this._currency = 'EUR';
  }

  static open(owner) {
    return new Account(owner);
  }

  deposit(amount) {
    this.balance += amount;
    this.history.add({ type: 'deposit', amount });
    return this.balance;
  }

  withdraw(amount) {
    if (amount > this.balance) throw new RangeError('insufficient funds');
    this.balance -= amount;
    this.history.add({ type: 'withdraw', amount });
    return this.balance;
  }

  changeCurrency(code) {
    const before = this.currency;
    this.currency = code;
    return { from: before, to: this.currency };
  }

  set currency(code) {
    this._currency = code.toUpperCase();
    this.history.add({ type: 'currency', to: this._currency });
  }

  get currency() {
    return this._currency;
  }

  get statement() {
    return { owner: this.owner, balance: this.balance, currency: this.currency,
             last: this.history.last, recent: this.history.entries };
  }
}

const account = Account.open('ann');

app.post('/deposit/:amount', (req, res) => {
  res.json({ balance: account.deposit(Number(req.params.amount)) });
});

app.post('/withdraw/:amount', (req, res) => {
  try {
    res.json({ balance: account.withdraw(Number(req.params.amount)) });
  } catch (e) {
    res.status(409).json({ error: e.message, balance: account.balance });
  }
});

app.put('/currency/:code', (req, res) => {
  res.json(account.changeCurrency(req.params.code));
});

app.get('/statement', (req, res) => res.json(account.statement));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
