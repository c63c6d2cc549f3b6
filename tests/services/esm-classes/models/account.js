let opened = 0;

export class Account {
  static #nextId = 1;
  #balance = 0;
  #history = [];
  owner;

  constructor(owner) {
    opened += 1;
    this.owner = owner;
    this.id = Account.#nextId++;
  }

  get balance() { return this.#balance; }

  deposit(amount) {
    if (!(amount > 0)) throw new RangeError(`invalid amount: ${amount}`);
    this.#record('deposit', amount);
    return this;
  }

  withdraw(amount) {
    if (amount > this.#balance) throw new Error('insufficient funds', { cause: { balance: this.#balance, amount } });
    this.#record('withdraw', -amount);
    return this;
  }

  #record(kind, amount) {
    this.#balance += amount;
    this.#history.push({ kind, amount, balance: this.#balance });
  }

  history(last = 3) { return this.#history.slice(-last); }

  static isAccount(o) { return #balance in o; }
}

export function openedCount() { return opened; }
