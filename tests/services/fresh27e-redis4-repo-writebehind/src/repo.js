// A repository class over node-redis 4 with its own read cache (a Map) and a write-behind buffer of
// stock movements, flushed to Redis in one MULTI when it holds `flushAt` movements or when asked.
class InventoryRepo {
  #pending = [];
  #flushes = 0;

  constructor(client, { prefix, flushAt = 3 }) {
    this.client = client;
    this.prefix = prefix;
    this.flushAt = flushAt;
    this.cache = new Map();
  }

  key(...parts) {
    return [this.prefix, ...parts].join(':');
  }

  async create(sku, item) {
    const created = await this.client.hSetNX(this.key('items'), sku, JSON.stringify({ ...item, stock: 0 }));
    return Boolean(created);
  }

  async get(sku) {
    if (this.cache.has(sku)) return { ...this.cache.get(sku), cached: true };
    const raw = await this.client.hGet(this.key('items'), sku);
    if (raw === undefined || raw === null) return null;
    const stock = Number((await this.client.hGet(this.key('stock'), sku)) ?? 0);
    const item = { ...JSON.parse(raw), stock };
    this.cache.set(sku, item);
    return { ...item, cached: false };
  }

  async move(sku, delta, reason) {
    this.#pending.push({ sku, delta, reason });
    const cached = this.cache.get(sku);
    if (cached) cached.stock += delta;
    if (this.#pending.length >= this.flushAt) return this.flush();
    return { buffered: this.#pending.length };
  }

  async flush() {
    if (!this.#pending.length) return { flushed: 0 };
    const batch = this.#pending.splice(0);
    const tx = this.client.multi();
    for (const { sku, delta, reason } of batch) {
      tx.hIncrBy(this.key('stock'), sku, delta);
      tx.rPush(this.key('log', sku), `${delta > 0 ? '+' : ''}${delta} ${reason}`);
    }
    tx.incr(this.key('flushes'));
    const replies = await tx.exec();
    this.#flushes++;
    return { flushed: batch.length, flushNo: replies.at(-1), localFlushes: this.#flushes };
  }

  get pending() {
    return this.#pending.map((m) => `${m.sku}${m.delta > 0 ? '+' : ''}${m.delta}`);
  }

  async log(sku) {
    return this.client.lRange(this.key('log', sku), 0, -1);
  }
}

module.exports = { InventoryRepo };
