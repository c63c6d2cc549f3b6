'use strict';

// A method only the registry's owners know how to call: keyed by a module Symbol.
const kSnapshot = Symbol('snapshot');

class Repository {
  #rows = new Map();
  #seq = 0;
  calls = { create: 0, find: 0, update: 0 };

  constructor(name) {
    this.name = name;
  }

  // Arrow class fields: safe to destructure.
  create = (data) => {
    this.calls.create++;
    const row = { id: ++this.#seq, ...data };
    this.#rows.set(row.id, row);
    return row;
  };

  list = () => [...this.#rows.values()];

  // Ordinary methods: callers must bind or call them with the repo as `this`.
  find(id) {
    this.calls.find++;
    return this.#rows.get(Number(id)) ?? null;
  }

  [kSnapshot]() {
    this.snapshots = (this.snapshots ?? 0) + 1;
    return { name: this.name, rows: this.#rows.size, calls: { ...this.calls }, snapshots: this.snapshots };
  }

  update(id, patch) {
    this.calls.update++;
    const row = this.find(id);
    if (!row) return null;
    Object.assign(row, patch);
    return row;
  }
}

module.exports = Repository;
module.exports.kSnapshot = kSnapshot;
