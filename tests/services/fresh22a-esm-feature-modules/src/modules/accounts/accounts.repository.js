export class AccountsRepository {
  #rows = new Map();

  seed(rows) {
    for (const row of rows) this.#rows.set(row.id, { ...row, version: 0 });
    return this.#rows.size;
  }

  get(id) {
    return this.#rows.get(id);
  }

  all() {
    return [...this.#rows.values()];
  }

  save(account) {
    account.version += 1;
    this.#rows.set(account.id, account);
    return account;
  }
}
