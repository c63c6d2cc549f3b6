class Cache {
  #entries = new Map();
  #hits = 0;
  #misses = 0;
  #evictions = 0;

  constructor({ maxEntries = 3 } = {}) {
    this.maxEntries = maxEntries;
  }

  get(key) {
    if (!this.#entries.has(key)) {
      this.#misses++;
      return undefined;
    }
    this.#hits++;
    const value = this.#entries.get(key);
    this.#entries.delete(key); // most recently used goes last
    this.#entries.set(key, value);
    return value;
  }

  set(key, value) {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      this.#entries.delete(oldest);
      this.#evictions++;
    }
    return this;
  }

  clear() {
    const n = this.#entries.size;
    this.#entries.clear();
    return n;
  }

  get size() {
    return this.#entries.size;
  }

  get hitRate() {
    const total = this.#hits + this.#misses;
    return total === 0 ? 0 : Math.round((this.#hits / total) * 100) / 100;
  }

  get stats() {
    return { hits: this.#hits, misses: this.#misses, evictions: this.#evictions, size: this.size, hitRate: this.hitRate, keys: [...this.#entries.keys()] };
  }
}

module.exports = Cache;
