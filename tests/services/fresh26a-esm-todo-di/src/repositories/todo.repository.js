export class TodoRepository {
  #rows = new Map();
  #seq = 0;

  async insert(data) {
    const row = { id: ++this.#seq, ...data };
    this.#rows.set(row.id, row);
    return row;
  }

  async findById(id) {
    return this.#rows.get(id) ?? null;
  }

  async findAll({ done } = {}) {
    const rows = [...this.#rows.values()];
    return done === undefined ? rows : rows.filter((r) => r.done === done);
  }

  async remove(id) {
    return this.#rows.delete(id);
  }
}
