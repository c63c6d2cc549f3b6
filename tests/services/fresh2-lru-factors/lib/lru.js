// Least-recently-used cache on a Map: a Map iterates in insertion order, so
// re-inserting on access moves a key to the end and the first key is the oldest.
class LRUCache {
  #capacity;
  #entries = new Map();
  #hits = 0;
  #misses = 0;
  #evicted = [];

  constructor({ capacity = 3 } = {}) {
    this.#capacity = capacity;
  }

  get(key) {
    if (!this.#entries.has(key)) {
      this.#misses++;
      return undefined;
    }
    const value = this.#entries.get(key);
    this.#entries.delete(key);
    this.#entries.set(key, value);
    this.#hits++;
    return value;
  }

  set(key, value) {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    this.#trim();
    return this;
  }

  #trim() {
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next().value;
      this.#entries.delete(oldest);
      this.#evicted.push(oldest);
    }
  }

  get capacity() {
    return this.#capacity;
  }

  set capacity(n) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError('capacity must be a positive integer');
    this.#capacity = n;
    this.#trim();
  }

  clear() {
    this.#entries.clear();
  }

  toJSON() {
    return {
      capacity: this.#capacity,
      keys: [...this.#entries.keys()],
      hits: this.#hits,
      misses: this.#misses,
      evicted: this.#evicted.slice(-4),
    };
  }
}

module.exports = { LRUCache };
