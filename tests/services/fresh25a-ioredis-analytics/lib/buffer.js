const redis = require('./redis');

// Page views are counted in memory and written to Redis in one pipeline every `every`
// views (or on demand): fewer round trips, at the price of a window of unflushed counts.
class CounterBuffer {
  constructor({ every = 3 } = {}) {
    this.every = every;
    this.pending = new Map();
    this.flushes = 0;
    this.size = 0;
  }

  add(page) {
    this.pending.set(page, (this.pending.get(page) ?? 0) + 1);
    this.size++;
    return this.size >= this.every ? this.flush() : Promise.resolve(null);
  }

  async flush() {
    if (this.size === 0) return { flushed: 0 };
    const batch = [...this.pending];
    this.pending.clear();
    const flushed = this.size;
    this.size = 0;
    const pipeline = redis.pipeline();
    for (const [page, n] of batch) pipeline.hincrby('views', page, n);
    await pipeline.exec();
    this.flushes++;
    return { flushed, pages: batch.length };
  }
}

module.exports = new CounterBuffer({ every: 3 });
