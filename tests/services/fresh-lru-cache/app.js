// An LRU cache built on a Map's insertion order, with hit/miss/eviction stats in
// a getter, in front of a "slow" computation; keys are listed oldest first.
const express = require('express');

class LRUCache {
  #max;
  #map = new Map();
  hits = 0;
  misses = 0;
  evictions = 0;

  constructor(max) {
    this.#max = max;
  }

  get(key) {
    if (!this.#map.has(key)) {
      this.misses++;
      return undefined;
    }
    const value = this.#map.get(key);
    this.#map.delete(key);
    this.#map.set(key, value);
    this.hits++;
    return value;
  }

  set(key, value) {
    this.#map.delete(key);
    this.#map.set(key, value);
    if (this.#map.size > this.#max) {
      const oldest = this.#map.keys().next().value;
      this.#map.delete(oldest);
      this.evictions++;
    }
    return this;
  }

  get stats() {
    const lookups = this.hits + this.misses;
    return {
      hits: this.hits, misses: this.misses, evictions: this.evictions,
      ratio: lookups ? +(this.hits / lookups).toFixed(2) : 0, keys: [...this.#map.keys()],
    };
  }
}

const cache = new LRUCache(3);
const fib = (n) => (n < 2 ? n : fib(n - 1) + fib(n - 2));

const app = express();

app.get('/fib/:n', (req, res) => {
  const n = Number.parseInt(req.params.n, 10);
  if (Number.isNaN(n) || n > 30) return res.status(400).json({ error: 'n must be 0..30' });
  let value = cache.get(n);
  const cached = value !== undefined;
  if (!cached) {
    value = fib(n);
    cache.set(n, value);
  }
  res.set('X-Cache', cached ? 'HIT' : 'MISS').json({ n, value });
});

app.get('/cache', (req, res) => res.json(cache.stats));

module.exports = app;
if (require.main === module) app.listen(process.env.PORT || 8080);
