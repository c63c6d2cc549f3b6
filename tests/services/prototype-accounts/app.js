// Old-style constructors and prototypes, as pre-2015 code and many libraries still
// write them: a registry on the constructor, methods on the prototype, inheritance
// through util.inherits, and `var` everywhere.
var express = require('express');
var util = require('util');

function Account(owner, balance) {
  this.owner = owner;
  this.balance = balance || 0;
  this.history = [];
  Account.all[owner] = this;
  Account.count++;
}
Account.all = {};
Account.count = 0;
Account.prototype.deposit = function (amount) {
  this.balance += amount;
  this.history.push('+' + amount);
  return this;
};
Account.prototype.withdraw = function (amount) {
  if (amount > this.balance) throw new Error('insufficient funds in ' + this.owner);
  this.balance -= amount;
  this.history.push('-' + amount);
  return this;
};
Account.prototype.toJSON = function () {
  return { owner: this.owner, balance: this.balance, history: this.history.slice(-3), kind: this.kind() };
};
Account.prototype.kind = function () { return 'basic'; };

function Savings(owner, balance, rate) {
  Account.call(this, owner, balance);
  this.rate = rate;
}
util.inherits(Savings, Account);
Savings.prototype.kind = function () { return 'savings@' + this.rate; };
Savings.prototype.addInterest = function () { return this.deposit(Math.round(this.balance * this.rate)); };

var app = express();
app.use(express.json());

app.post('/accounts', function (req, res) {
  var b = req.body;
  var account = b.rate ? new Savings(b.owner, b.balance, b.rate) : new Account(b.owner, b.balance);
  res.status(201).json(account);
});
app.post('/accounts/:owner/:op', function (req, res) {
  var account = Account.all[req.params.owner];
  if (!account) return res.status(404).send('no account ' + req.params.owner);
  try {
    if (req.params.op === 'interest') account.addInterest();
    else account[req.params.op](Number(req.query.amount));
    res.json(account);
  } catch (e) {
    res.status(400).send(e.message);
  }
});
app.get('/accounts', function (req, res) {
  res.json({ count: Account.count, owners: Object.keys(Account.all),
             savings: Object.keys(Account.all).filter(function (o) { return Account.all[o] instanceof Savings; }) });
});

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
