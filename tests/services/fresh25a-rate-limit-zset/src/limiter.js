const redis = require('./redis');

const PREFIX = 'fresh25a-rate-limit-zset:';

// Sliding window: one sorted-set member per accepted hit, scored by its time.
class SlidingWindowLimiter {
  #seq = 0;
  refusals = new Map(); // key -> times refused by this process

  constructor({ limit, windowSec, name }) {
    this.limit = limit;
    this.windowSec = windowSec;
    this.name = name;
  }

  async hit(key, now) {
    const zkey = `${PREFIX}${this.name}:${key}`;
    const [, count] = await redis
      .multi()
      .zRemRangeByScore(zkey, '-inf', now - this.windowSec)
      .zCard(zkey)
      .exec();
    if (count >= this.limit) {
      this.refusals.set(key, (this.refusals.get(key) ?? 0) + 1);
      const [oldest] = await redis.zRangeWithScores(zkey, 0, 0);
      return { allowed: false, remaining: 0, retryAfter: oldest.score + this.windowSec - now };
    }
    await redis
      .multi()
      .zAdd(zkey, { score: now, value: `${now}:${++this.#seq}` })
      .expire(zkey, this.windowSec)
      .exec();
    return { allowed: true, remaining: this.limit - count - 1, retryAfter: 0 };
  }

  stats() {
    return {
      name: this.name,
      refusals: Object.fromEntries([...this.refusals].sort(([a], [b]) => a.localeCompare(b))),
      total: [...this.refusals.values()].reduce((a, b) => a + b, 0),
    };
  }
}

module.exports = { SlidingWindowLimiter, PREFIX };
