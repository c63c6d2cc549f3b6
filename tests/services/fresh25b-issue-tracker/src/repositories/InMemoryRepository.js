'use strict';

class InMemoryRepository {
  #rows = new Map();
  #nextId = 1;

  constructor(prefix) {
    this.prefix = prefix;
  }

  create(data) {
    const id = `${this.prefix}-${this.#nextId++}`;
    const row = { id, ...data };
    this.#rows.set(id, row);
    return { ...row };
  }

  findById(id) {
    const row = this.#rows.get(id);
    return row ? { ...row } : null;
  }

  findMany(predicate = () => true) {
    return [...this.#rows.values()].filter(predicate).map((row) => ({ ...row }));
  }

  findOne(predicate) {
    for (const row of this.#rows.values()) if (predicate(row)) return { ...row };
    return null;
  }

  update(id, patch) {
    const row = this.#rows.get(id);
    if (!row) return null;
    Object.assign(row, patch);
    return { ...row };
  }

  delete(id) {
    return this.#rows.delete(id);
  }

  count(predicate = () => true) {
    let n = 0;
    for (const row of this.#rows.values()) if (predicate(row)) n += 1;
    return n;
  }
}

module.exports = InMemoryRepository;
