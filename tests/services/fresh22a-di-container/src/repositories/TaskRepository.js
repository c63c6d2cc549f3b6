'use strict';

class TaskRepository {
  constructor(clock) {
    this.clock = clock;
    this.rows = new Map();
    this.seq = 0;
  }

  insert(data) {
    const id = `t${++this.seq}`;
    const row = { id, ...data, done: false, createdAt: this.clock.tick() };
    this.rows.set(id, row);
    return row;
  }

  findById(id) {
    return this.rows.get(id) ?? null;
  }

  findAll({ done } = {}) {
    const all = [...this.rows.values()];
    return done === undefined ? all : all.filter((t) => t.done === done);
  }

  update(id, patch) {
    const row = this.rows.get(id);
    if (!row) return null;
    Object.assign(row, patch, { updatedAt: this.clock.tick() });
    return row;
  }

  remove(id) {
    return this.rows.delete(id);
  }
}

module.exports = TaskRepository;
