// A tiny in-memory "database": one instance shared by every repository.
class InMemoryDb {
  #tables = new Map();
  #sequences = new Map();

  table(name) {
    if (!this.#tables.has(name)) this.#tables.set(name, new Map());
    return this.#tables.get(name);
  }

  nextId(prefix) {
    const next = (this.#sequences.get(prefix) ?? 0) + 1;
    this.#sequences.set(prefix, next);
    return `${prefix}_${String(next).padStart(4, '0')}`;
  }

  get stats() {
    return Object.fromEntries([...this.#tables].map(([name, rows]) => [name, rows.size]));
  }
}

module.exports = new InMemoryDb();
