// Collects the rows a request creates or changes; commit() writes them in one transaction.
export class UnitOfWork {
  #created = [];
  #dirty = new Map();
  committed = false;

  constructor(store, clock) {
    this.store = store;
    this.clock = clock;
  }

  create(table, prefix, data) {
    const row = { id: this.store.nextId(prefix), version: 0, ...data };
    this.#created.push([table, row]);
    return row;
  }

  touch(table, row) {
    this.#dirty.set(row, table);
    return row;
  }

  get pending() {
    return this.#created.length + this.#dirty.size;
  }

  async commit() {
    if (this.committed) return 0;
    const count = this.pending;
    await this.store.transaction(async (tx) => {
      for (const [table, row] of this.#created) tx.put(table, { ...row, version: 1, updatedAt: this.clock.iso() });
      for (const [row, table] of this.#dirty) {
        row.version += 1;
        row.updatedAt = this.clock.iso();
        tx.put(table, row);
      }
    });
    this.committed = true;
    return count;
  }
}
