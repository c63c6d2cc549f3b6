export class AccountsService {
  constructor({ repo, events }) {
    this.repo = repo;
    this.events = events;
    this.opened = 0;
  }

  open(id) {
    if (this.repo.get(id)) throw Object.assign(new Error(`account ${id} exists`), { status: 409 });
    this.opened += 1;
    const account = this.repo.save({ id, balance: 0, version: 0 });
    this.events.publish('account.opened', account);
    return account;
  }

  credit(id, amount) {
    const account = this.mustGet(id);
    account.balance += amount;
    return this.repo.save(account);
  }

  debit(id, amount) {
    const account = this.mustGet(id);
    if (account.balance < amount) throw Object.assign(new Error('insufficient funds'), { status: 422 });
    account.balance -= amount;
    return this.repo.save(account);
  }

  mustGet(id) {
    const account = this.repo.get(id);
    if (!account) throw Object.assign(new Error(`account ${id} not found`), { status: 404 });
    return account;
  }
}
