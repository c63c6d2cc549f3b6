'use strict';
const { Entity } = require('./entity');
const { InsufficientFunds } = require('./errors');

class Account extends Entity {
  static totals = { deposits: 0, withdrawals: 0 };
  #balance = 0;
  #entries = [];

  constructor(owner, kind = 'checking') {
    super(kind);
    this.owner = owner;
  }

  get balance() {
    return this.#balance;
  }

  set balance(value) {
    const delta = value - this.#balance;
    this.#entries.push(delta);
    this.#balance = value;
    Account.totals[delta >= 0 ? 'deposits' : 'withdrawals'] += Math.abs(delta);
  }

  touch(what) {
    return super.touch(`${this.owner}:${what}`);
  }

  deposit(amount) {
    this.balance += amount;
    this.touch(`+${amount}`);
    return this;
  }

  withdraw(amount) {
    if (amount > this.#balance) throw new InsufficientFunds(this.owner, amount, this.#balance);
    this.balance -= amount;
    this.touch(`-${amount}`);
    return this;
  }

  *[Symbol.iterator]() {
    yield* this.#entries;
  }

  toJSON() {
    return { ...super.toJSON(), owner: this.owner, balance: this.#balance };
  }
}

class SavingsAccount extends Account {
  static #ratePct = 10;
  static #rateChanges = 0;
  #interestPaid = 0;
  #withdrawals = 0;

  constructor(owner) {
    super(owner, 'savings');
  }

  static get ratePct() {
    return SavingsAccount.#ratePct;
  }

  static set ratePct(pct) {
    SavingsAccount.#ratePct = pct;
    SavingsAccount.#rateChanges += 1;
  }

  static get rateChanges() {
    return SavingsAccount.#rateChanges;
  }

  withdraw(amount) {
    if (this.#withdrawals >= 2) throw new InsufficientFunds(this.owner, amount, 0);
    super.withdraw(amount);
    this.#withdrawals += 1;
    return this;
  }

  accrue() {
    const interest = Math.floor((this.balance * SavingsAccount.ratePct) / 100);
    this.#interestPaid += interest;
    if (interest > 0) this.deposit(interest);
    return interest;
  }

  toJSON() {
    return { ...super.toJSON(), interestPaid: this.#interestPaid, withdrawals: this.#withdrawals };
  }
}

module.exports = { Account, SavingsAccount };
