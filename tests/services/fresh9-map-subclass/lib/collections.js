// Built-in collections extended the way people do: an LRU on Map's insertion order, a Set that
// counts what it rejected, a DefaultMap, and an iterable ring buffer.
class LRUCache extends Map {
  #hits = 0;
  #misses = 0;

  constructor(limit, entries) {
    super(entries);
    this.limit = limit;
  }

  get(key) {
    if (!super.has(key)) {
      this.#misses++;
      return undefined;
    }
    this.#hits++;
    const value = super.get(key);
    super.delete(key);
    super.set(key, value);
    return value;
  }

  set(key, value) {
    super.delete(key);
    super.set(key, value);
    while (this.size > this.limit) super.delete(this.keys().next().value);
    return this;
  }

  get stats() {
    return { hits: this.#hits, misses: this.#misses, size: this.size };
  }
}

class TagSet extends Set {
  rejected = 0;

  add(tag) {
    const clean = String(tag).trim().toLowerCase();
    if (!/^[a-z][a-z0-9-]*$/.test(clean)) {
      this.rejected++;
      return this;
    }
    return super.add(clean);
  }
}

class DefaultMap extends Map {
  constructor(make) {
    super();
    this.make = make;
  }

  get(key) {
    if (!this.has(key)) this.set(key, this.make(key));
    return super.get(key);
  }
}

class Ring {
  constructor(capacity) {
    this.capacity = capacity;
    this.items = [];
  }

  push(x) {
    this.items.push(x);
    if (this.items.length > this.capacity) this.items.shift();
  }

  *[Symbol.iterator]() {
    for (let i = this.items.length - 1; i >= 0; i--) yield this.items[i];
  }
}

module.exports = { LRUCache, TagSet, DefaultMap, Ring };
