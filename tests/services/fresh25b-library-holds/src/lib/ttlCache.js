'use strict';

class TtlCache {
  #entries = new Map();

  constructor({ ttlMs, clock }) {
    this.ttlMs = ttlMs;
    this.clock = clock;
    this.stats = { hits: 0, misses: 0, evictions: 0 };
  }

  get(key, load) {
    const entry = this.#entries.get(key);
    if (entry && entry.expires > this.clock.now()) {
      this.stats.hits++;
      return entry.value;
    }
    if (entry) this.stats.evictions++;
    this.stats.misses++;
    const value = load();
    this.#entries.set(key, { value, expires: this.clock.now() + this.ttlMs });
    return value;
  }

  invalidate(key) {
    if (this.#entries.delete(key)) this.stats.evictions++;
  }

  get size() {
    return this.#entries.size;
  }
}

module.exports = TtlCache;
