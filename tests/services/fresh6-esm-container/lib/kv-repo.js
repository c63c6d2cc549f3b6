export class KvRepo {
  #rows = new Map();

  constructor(clock) {
    this.clock = clock;
  }

  put(key, value) {
    const prev = this.#rows.get(key);
    const row = { key, value, rev: (prev?.rev ?? 0) + 1, at: this.clock.now() };
    this.#rows.set(key, row);
    return row;
  }

  get(key) {
    return this.#rows.get(key);
  }

  delete(key) {
    return this.#rows.delete(key);
  }

  keys(prefix = '') {
    return [...this.#rows.keys()].filter((k) => k.startsWith(prefix)).sort();
  }
}
