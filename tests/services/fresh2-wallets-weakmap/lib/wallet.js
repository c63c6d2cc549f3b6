const config = require('./config');

// Private state the old way: a WeakMap keyed by the instance.
const balances = new WeakMap();
const kLedger = Symbol('ledger');
const kFrozen = Symbol.for('wallet.frozen');

class Wallet {
  constructor(owner, opening = 0) {
    this.owner = owner;
    balances.set(this, opening);
    this[kLedger] = [{ kind: 'open', amount: opening }];
    this[kFrozen] = false;
  }

  get balance() {
    return balances.get(this);
  }

  set balance(value) {
    if (value < 0) throw new RangeError('insufficient funds');
    if (value > config.limits.maxBalance) throw new RangeError('balance limit exceeded');
    balances.set(this, value);
  }

  get frozen() {
    return this[kFrozen];
  }

  freeze() {
    this[kFrozen] = true;
  }

  #record(kind, amount, extra = {}) {
    this[kLedger].push({ kind, amount, ...extra });
  }

  deposit(amount) {
    if (this.frozen) throw new Error(`wallet of ${this.owner} is frozen`);
    this.balance += amount;
    this.#record('deposit', amount);
  }

  withdraw(amount, extra) {
    if (this.frozen) throw new Error(`wallet of ${this.owner} is frozen`);
    this.balance -= amount;
    this.#record('withdraw', amount, extra);
  }

  ledger() {
    return structuredClone(this[kLedger]);
  }

  toJSON() {
    return { owner: this.owner, balance: this.balance, currency: config.currency, frozen: this.frozen };
  }
}

module.exports = { Wallet, kLedger };
