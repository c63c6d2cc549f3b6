class InMemoryRepo {
  #rows = new Map();
  #seq = 0;

  constructor(name, clock) {
    this.name = name;
    this.clock = clock;
  }

  insert(data) {
    const row = { id: `${this.name[0]}${++this.#seq}`, ...data, createdAt: this.clock.tick() };
    this.#rows.set(row.id, row);
    return row;
  }

  find(id) { return this.#rows.get(id) ?? null; }

  all() { return [...this.#rows.values()]; }

  update(id, patch) {
    const row = this.#rows.get(id);
    if (!row) return null;
    Object.assign(row, patch, { updatedAt: this.clock.tick() });
    return row;
  }

  remove(id) { return this.#rows.delete(id); }

  get size() { return this.#rows.size; }
}
module.exports = InMemoryRepo;
