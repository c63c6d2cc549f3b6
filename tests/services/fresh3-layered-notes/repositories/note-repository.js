class NoteRepository {
  constructor() {
    this.rows = new Map();
    this.writes = 0;
  }

  insert(note) {
    this.rows.set(note.id, note);
    this.writes++;
    return note;
  }

  findById(id) {
    return this.rows.get(id);
  }

  update(id, patch) {
    const row = this.rows.get(id);
    if (!row) return undefined;
    Object.assign(row, patch, { version: row.version + 1 });
    this.writes++;
    return row;
  }

  remove(id) {
    this.writes++;
    return this.rows.delete(id);
  }

  all() {
    return [...this.rows.values()];
  }
}

module.exports = new NoteRepository();
