const { Money } = require('./money');

class Wallet {
  static #count = 0;
  static byOwner = new Map();

  #history = [];
  #balance;
  owner;
  limits = { daily: null };

  constructor(owner, currency) {
    this.owner = owner;
    this.#balance = new Money(0, currency);
    Wallet.#count++;
    Wallet.byOwner.set(owner, this);
  }

  static get count() { return Wallet.#count; }

  static open(owner, currency = 'EUR') {
    return Wallet.byOwner.get(owner) ?? new Wallet(owner, currency);
  }

  #record(kind, amount) {
    this.#history.push({ kind, amount: amount.toJSON(), after: this.#balance.plus(new Money(0, this.currency)).toJSON() });
  }

  get currency() { return this.#balance.currency; }
  get balance() { return this.#balance; }

  deposit(cents) {
    const amount = new Money(cents, this.currency);
    this.#balance = this.#balance.plus(amount);
    this.#record('deposit', amount);
    return this;
  }

  withdraw(cents) {
    this.limits.daily ??= 10000;
    if (cents > this.#balance.cents) throw new RangeError('insufficient funds');
    if (cents > this.limits.daily) throw new RangeError(`over the daily limit of ${this.limits.daily}`);
    this.limits.daily -= cents;
    const amount = new Money(-cents, this.currency);
    this.#balance = this.#balance.plus(amount);
    this.#record('withdraw', amount);
    return this;
  }

  history({ last } = {}) {
    return last ? this.#history.slice(-last) : [...this.#history];
  }

  toJSON() {
    return { owner: this.owner, balance: this.#balance, limit: this.limits.daily ?? 'unset' };
  }
}

module.exports = Wallet;
