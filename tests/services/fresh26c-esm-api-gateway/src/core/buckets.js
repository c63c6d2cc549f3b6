import { clock } from '#core/clock';
import { config } from '#core/config';

export class TokenBucket {
  static #live = new Map();
  static plans;

  static {
    TokenBucket.plans = Object.keys(config.plans);
  }

  #tokens;
  #last;

  constructor(plan) {
    const { capacity, refillPerSec } = config.plans[plan];
    this.capacity = capacity;
    this.rate = refillPerSec;
    this.#tokens = capacity;
    this.#last = clock.now;
  }

  static for(key, plan) {
    let bucket = TokenBucket.#live.get(key);
    bucket ??= new TokenBucket(plan);
    TokenBucket.#live.set(key, bucket);
    return bucket;
  }

  static reset(key) {
    return TokenBucket.#live.delete(key);
  }

  static get size() {
    return TokenBucket.#live.size;
  }

  #refill() {
    const elapsed = (clock.now - this.#last) / 1_000;
    this.#tokens = Math.min(this.capacity, this.#tokens + elapsed * this.rate);
    this.#last = clock.now;
  }

  take(cost = 1) {
    this.#refill();
    if (this.#tokens < cost) {
      const waitMs = Math.ceil(((cost - this.#tokens) / this.rate) * 1_000);
      return { ok: false, remaining: Math.floor(this.#tokens), retryAfter: Math.ceil(waitMs / 1_000) };
    }
    this.#tokens -= cost;
    return { ok: true, remaining: Math.floor(this.#tokens) };
  }
}
