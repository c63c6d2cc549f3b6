'use strict';

class MemoryRepo {
  constructor(prefix, seed = []) {
    this.prefix = prefix;
    this.rows = [];
    this.seq = 0;
    seed.forEach((row) => this.insert(row));
  }

  insert(data) {
    this.seq += 1;
    const row = { id: `${this.prefix}-${this.seq}`, ...data };
    this.rows.push(row);
    return row;
  }

  byId(id) {
    return this.rows.find((r) => r.id === id);
  }

  where(pred) {
    return this.rows.filter(pred);
  }

  first(pred) {
    return this.rows.find(pred);
  }

  patch(id, changes) {
    const row = this.byId(id);
    if (row) Object.assign(row, changes);
    return row;
  }
}

module.exports = MemoryRepo;
