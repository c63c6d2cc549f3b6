class Balances {
  constructor() { this.byAccount = {}; }
  apply(event) {
    const { account, amount } = event.data;
    if (event.type === 'deposited') this.byAccount[account] = (this.byAccount[account] ?? 0) + amount;
    if (event.type === 'withdrawn') this.byAccount[account] = (this.byAccount[account] ?? 0) - amount;
  }
}

class Activity {
  #counts = new Map();
  apply({ type }) { this.#counts.set(type, (this.#counts.get(type) ?? 0) + 1); }
  toJSON() { return Object.fromEntries(this.#counts); }
}

module.exports = { balances: new Balances(), activity: new Activity() };
