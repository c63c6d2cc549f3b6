'use strict';

// A tiny in-memory "database": tables of rows keyed by auto-increment ids.
class Table {
  constructor(name) {
    this.name = name;
    this.rows = new Map();
    this.seq = 0;
  }

  insert(data) {
    const id = ++this.seq;
    const row = { id, ...data };
    this.rows.set(id, row);
    return row;
  }

  find(id) {
    return this.rows.get(Number(id)) ?? null;
  }

  where(predicate) {
    return [...this.rows.values()].filter(predicate);
  }

  update(id, patch) {
    const row = this.find(id);
    if (!row) return null;
    Object.assign(row, patch);
    return row;
  }

  remove(id) {
    return this.rows.delete(Number(id));
  }

  get count() {
    return this.rows.size;
  }
}

const db = {
  lists: new Table('lists'),
  todos: new Table('todos'),
};

module.exports = db;
