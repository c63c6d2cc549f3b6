'use strict';

// A tiny LRU on Map insertion order; every cache registers itself by name.
class LruCache {
  static #instances = new Map();

  #map = new Map();
  #hits = 0;
  #misses = 0;
  evictions = 0;

  constructor(name, limit = 3) {
    this.name = name;
    this.limit = limit;
    LruCache.#instances.set(name, this);
  }

  static named(name) {
    return LruCache.#instances.get(name);
  }

  static report() {
    return [...LruCache.#instances.values()].map((c) => c.stats);
  }

  get stats() {
    const { name, evictions } = this;
    return { name, size: this.#map.size, hits: this.#hits, misses: this.#misses, evictions, keys: this.keys() };
  }

  read(key) {
    if (!this.#map.has(key)) {
      this.#misses++;
      return undefined;
    }
    const value = this.#map.get(key);
    this.#map.delete(key);
    this.#map.set(key, value);
    this.#hits++;
    return value;
  }

  write(key, value) {
    this.#map.delete(key);
    this.#map.set(key, value);
    if (this.#map.size > this.limit) this.#evictOldest();
    return value;
  }

  drop(key) {
    return this.#map.delete(key);
  }

  keys() {
    return Array.from(this.#map.keys());
  }

  #evictOldest() {
    const [oldest] = this.#map.keys();
    this.#map.delete(oldest);
    this.evictions += 1;
  }
}

module.exports = { LruCache };
