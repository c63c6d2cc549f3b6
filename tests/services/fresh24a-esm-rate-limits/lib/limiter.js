export class SlidingLimiter {
  #hits = new Map();
  #blocked = 0;
  static instances = [];
  static { this.defaults = { limit: 2 }; }
  constructor({ limit } = SlidingLimiter.defaults) {
    this.limit = limit;
    SlidingLimiter.instances.push(this);
  }
  middleware() {
    return async (req, res, next) => {
      const key = req.get('x-client') ?? 'anon';
      const n = (this.#hits.get(key) ?? 0) + 1;
      this.#hits.set(key, n);
      if (n > this.limit) {
        this.#blocked++;
        const err = new Error(`rate limited: ${key}`);
        err.status = 429;
        throw err;
      }
      next();
    };
  }
  get stats() { return { blocked: this.#blocked, clients: Object.fromEntries(this.#hits) }; }
}
