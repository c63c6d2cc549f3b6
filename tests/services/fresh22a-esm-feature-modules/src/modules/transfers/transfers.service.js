export class TransfersService {
  #log = [];
  #nextId = 1;

  constructor({ accounts, events }) {
    this.accounts = accounts;
    this.events = events;
  }

  transfer({ from, to, amount }) {
    if (!(amount > 0)) throw Object.assign(new Error('amount must be positive'), { status: 400 });
    this.accounts.mustGet(to);
    this.accounts.debit(from, amount);
    this.accounts.credit(to, amount);
    const entry = { id: this.#nextId++, from, to, amount };
    this.#log.push(entry);
    this.events.publish('transfer.done', entry);
    return entry;
  }

  history(account) {
    return account ? this.#log.filter((t) => t.from === account || t.to === account) : [...this.#log];
  }
}
