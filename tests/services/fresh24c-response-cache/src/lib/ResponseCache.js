class ResponseCache {
  #entries = new Map();
  #stats = { hits: 0, misses: 0, stores: 0, evictions: 0, invalidations: 0 };

  constructor({ max = 100 } = {}) {
    this.max = max;
  }

  get(key) {
    const entry = this.#entries.get(key);
    if (!entry) {
      this.#stats.misses++;
      return undefined;
    }
    this.#stats.hits++;
    entry.hits++;
    // keep it as the most recently used
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  set(key, { status, type, body }) {
    if (!this.#entries.has(key) && this.#entries.size >= this.max) {
      const oldest = this.#entries.keys().next().value;
      this.#entries.delete(oldest);
      this.#stats.evictions++;
    }
    this.#entries.set(key, { status, type, body, hits: 0 });
    this.#stats.stores++;
  }

  invalidate(prefix) {
    let dropped = 0;
    for (const key of [...this.#entries.keys()]) {
      if (key.startsWith(prefix)) {
        this.#entries.delete(key);
        dropped++;
      }
    }
    this.#stats.invalidations += dropped;
    return dropped;
  }

  stats() {
    const total = this.#stats.hits + this.#stats.misses;
    return {
      ...this.#stats,
      hitRate: total ? Math.round((this.#stats.hits / total) * 100) / 100 : 0,
      size: this.#entries.size,
      keys: [...this.#entries].map(([key, e]) => `${key} (${e.hits})`),
    };
  }
}

module.exports = ResponseCache;
