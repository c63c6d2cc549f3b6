// A token bucket per API key; instead of the clock, every `refillEvery`
// requests (all keys together) put one token back into every bucket.
class TokenBucketLimiter {
  static defaults = { capacity: 4, refillEvery: 5 };

  buckets = new Map();
  ticks = 0;

  constructor(options = {}) {
    this.options = { ...TokenBucketLimiter.defaults, ...options };
  }

  #bucket(key) {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: this.options.capacity, allowed: 0, rejected: 0 };
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  #tick() {
    this.ticks += 1;
    if (this.ticks % this.options.refillEvery !== 0) return;
    for (const bucket of this.buckets.values()) {
      bucket.tokens = Math.min(this.options.capacity, bucket.tokens + 1);
    }
  }

  take(key) {
    this.#tick();
    const bucket = this.#bucket(key);
    if (bucket.tokens < 1) {
      bucket.rejected += 1;
      return { ok: false, remaining: 0 };
    }
    bucket.tokens -= 1;
    bucket.allowed += 1;
    return { ok: true, remaining: bucket.tokens };
  }

  topUp(key, n) {
    const bucket = this.#bucket(key);
    bucket.tokens += n;
    return bucket.tokens;
  }

  middleware() {
    return (req, res, next) => {
      const key = req.get('x-api-key') || 'anonymous';
      const { ok, remaining } = this.take(key);
      res.set('X-RateLimit-Remaining', String(remaining));
      if (!ok) return res.status(429).json({ error: 'too many requests', key });
      next();
    };
  }
}

module.exports = { TokenBucketLimiter };
