export class Repository {
  #rows = new Map();
  #next = 1;
  writes = 0;

  constructor(name, prefix) {
    this.name = name;
    this.prefix = prefix;
  }

  insert(data, at) {
    const row = { id: `${this.prefix}${this.#next++}`, ...data, version: 1, createdAt: at, deletedAt: null };
    this.#rows.set(row.id, row);
    this.writes += 1;
    return row;
  }

  get(id, { withDeleted = false } = {}) {
    const row = this.#rows.get(id);
    return row && (withDeleted || !row.deletedAt) ? row : null;
  }

  list() {
    return [...this.#rows.values()].filter((r) => !r.deletedAt);
  }

  update(id, patch) {
    const row = this.get(id);
    if (!row) return null;
    Object.assign(row, patch, { version: row.version + 1 });
    this.writes += 1;
    return row;
  }

  softDelete(id, at) {
    const row = this.get(id);
    if (!row) return null;
    row.deletedAt = at;
    this.writes += 1;
    return row;
  }

  restore(id) {
    const row = this.get(id, { withDeleted: true });
    if (!row?.deletedAt) return null;
    row.deletedAt = null;
    this.writes += 1;
    return row;
  }
}
