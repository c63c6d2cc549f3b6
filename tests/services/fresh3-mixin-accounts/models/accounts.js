const util = require('util');
const { Auditable, Freezable } = require('./mixins');

// Old-style constructors and util.inherits, as in code that predates classes.
function Account(id, owner) {
  this.id = id;
  this.owner = owner;
  this.balance = 0;
  Account.open += 1;
}
Account.open = 0;

Account.prototype.deposit = function deposit(amount) {
  this.assertActive();
  this.balance += amount;
  this.record('deposit', amount);
  return this;
};

Account.prototype.withdraw = function withdraw(amount) {
  this.assertActive();
  if (amount > this.balance) throw Object.assign(new Error('insufficient funds'), { status: 409 });
  this.balance -= amount;
  this.record('withdraw', amount);
  return this;
};

Object.assign(Account.prototype, Auditable, Freezable);

function Savings(id, owner, rate) {
  Account.call(this, id, owner);
  this.rate = rate;
}
util.inherits(Savings, Account);

Savings.prototype.accrue = function accrue() {
  const interest = Math.floor((this.balance * this.rate) / 100);
  return this.deposit(interest);
};

// A modern class on top of the old chain: super calls that write.
class Premium extends Savings {
  static bonusPaid = 0;

  deposit(amount) {
    const bonus = amount >= 100 ? 5 : 0;
    super.deposit(amount + bonus);
    Premium.bonusPaid += bonus;
    return this;
  }
}

module.exports = { Account, Savings, Premium };
