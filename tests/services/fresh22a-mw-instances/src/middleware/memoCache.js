'use strict';

// Caches JSON bodies of GET requests by URL. A class, one instance per mount.
class MemoCache {
  #store = new Map();
  hits = 0;
  misses = 0;

  constructor({ max = 2 } = {}) {
    this.max = max;
    this.middleware = this.middleware.bind(this);
  }

  middleware(req, res, next) {
    if (req.method !== 'GET') {
      this.#store.clear();
      return next();
    }
    const cached = this.#store.get(req.originalUrl);
    if (cached) {
      this.hits += 1;
      res.set('X-Cache', 'HIT');
      return res.json(cached);
    }
    this.misses += 1;
    res.set('X-Cache', 'MISS');
    const json = res.json.bind(res);
    res.json = (body) => {
      if (res.statusCode === 200) {
        this.#store.set(req.originalUrl, body);
        if (this.#store.size > this.max) this.#store.delete(this.#store.keys().next().value);
      }
      return json(body);
    };
    next();
  }

  get size() {
    return this.#store.size;
  }
}

module.exports = MemoCache;
