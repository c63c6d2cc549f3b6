// An in-memory store shaped like a database client: async reads, batched lookups, a transaction hook.
export class Store {
  tables = new Map();
  stats = { batches: 0, batchedKeys: 0, scans: 0, commits: 0 };
  #seq = new Map();

  table(name) {
    if (!this.tables.has(name)) this.tables.set(name, new Map());
    return this.tables.get(name);
  }

  nextId(prefix) {
    const n = (this.#seq.get(prefix) ?? 0) + 1;
    this.#seq.set(prefix, n);
    return `${prefix}_${n}`;
  }

  async findMany(name, ids) {
    this.stats.batches += 1;
    this.stats.batchedKeys += ids.length;
    await null;
    const t = this.table(name);
    return ids.map((id) => t.get(id) ?? new Error(`${name} ${id} not found`));
  }

  async scan(name, predicate) {
    this.stats.scans += 1;
    await null;
    return [...this.table(name).values()].filter(predicate);
  }

  async transaction(work) {
    const result = await work({ put: (name, row) => this.table(name).set(row.id, row) });
    this.stats.commits += 1;
    return result;
  }
}
