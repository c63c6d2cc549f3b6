export class InsufficientFunds extends Error {
  constructor(wallet, amount) {
    super(`wallet ${wallet.owner} cannot pay ${amount}`);
    this.name = 'InsufficientFunds';
    this.status = 422;
  }
}

export class Wallet {
  static #byOwner = new Map();

  static open(owner, opening = 0) {
    const existing = Wallet.#byOwner.get(owner);
    if (existing) return existing;
    const wallet = new Wallet(owner, opening);
    Wallet.#byOwner.set(owner, wallet);
    return wallet;
  }

  static of(owner) {
    return Wallet.#byOwner.get(owner);
  }

  static transfer(from, to, amount) {
    const a = Wallet.of(from);
    const b = Wallet.of(to) ?? Wallet.open(to);
    a.withdraw(amount);
    b.deposit(amount);
    return [a, b];
  }

  constructor(owner, opening) {
    Object.assign(this, { owner, balance: opening, history: [] });
  }

  get summary() {
    return (this._summary ??= { owner: this.owner, opened: this.balance });
  }

  deposit(amount) {
    this.balance += amount;
    this.history.push(+amount);
  }

  withdraw(amount) {
    if (amount > this.balance) throw new InsufficientFunds(this, amount);
    this.balance -= amount;
    this.history.push(-amount);
  }

  update(patch) {
    const { owner, balance, history, ...allowed } = patch;
    return Object.assign(this, allowed);
  }
}
