export class UserRepository {
  #rows = new Map();
  #seq = 0;

  insert(data) {
    const user = { id: ++this.#seq, ...data, createdSeq: this.#seq };
    this.#rows.set(user.id, user);
    return structuredClone(user);
  }

  findById(id) {
    const row = this.#rows.get(id);
    return row ? structuredClone(row) : null;
  }

  findByEmail(email) {
    for (const row of this.#rows.values()) if (row.email === email) return structuredClone(row);
    return null;
  }

  update(id, patch) {
    const row = this.#rows.get(id);
    if (!row) return null;
    Object.assign(row, patch);
    return structuredClone(row);
  }

  count() { return this.#rows.size; }
}
