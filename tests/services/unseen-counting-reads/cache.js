// A small LRU whose reads change it: get() moves the key to the most recent place.
class LRU {
  constructor(max) { this.max = max; this.entries = new Map(); this.hits = 0; this.misses = 0; }
  get(key) {
    if (!this.entries.has(key)) { this.misses++; return undefined; }
    this.hits++;
    const value = this.entries.get(key);
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }
  set(key, value) {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value);
    return this;
  }
  keys() { return [...this.entries.keys()]; }
}

// A Map that counts how often each key is read.
class CountingMap extends Map {
  reads = {};
  get(key) {
    this.reads[key] = (this.reads[key] ?? 0) + 1;
    return super.get(key);
  }
  has(key) {
    this.reads[`has:${key}`] = (this.reads[`has:${key}`] ?? 0) + 1;
    return super.has(key);
  }
}

module.exports = { LRU, CountingMap };
