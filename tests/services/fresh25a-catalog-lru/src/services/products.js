const { LRUCache } = require('lru-cache');
const { redis, k } = require('../db');
const { cacheSize } = require('../config');

// Cache-aside: the LRU in front of Redis hashes; a write goes to Redis and drops the entry.
const cache = new LRUCache({ max: cacheSize });
const stats = { hits: 0, misses: 0, invalidations: 0, evictions: [] };

const fromHash = (id, h) => ({ id, name: h.name, price: Number(h.price), stock: Number(h.stock), tags: h.tags ? h.tags.split(',') : [] });

async function create({ name, price, stock = 0, tags = [] }) {
  const id = String(await redis.incr(k('product', 'seq')));
  await redis
    .multi()
    .hSet(k('product', id), { name, price: String(price), stock: String(stock), tags: tags.join(',') })
    .sAdd(k('products'), id)
    .exec();
  return { id, name, price, stock, tags };
}

async function get(id) {
  const cached = cache.get(id);
  if (cached) {
    stats.hits++;
    return { product: cached, source: 'memory' };
  }
  stats.misses++;
  const h = await redis.hGetAll(k('product', id));
  if (!h.name) return { product: null, source: 'redis' };
  const product = fromHash(id, h);
  if (cache.size >= cache.max && !cache.has(id)) stats.evictions.push(cache.rkeys().next().value);
  cache.set(id, product);
  return { product, source: 'redis' };
}

async function update(id, patch) {
  if (!(await redis.exists(k('product', id)))) return null;
  const fields = {};
  for (const [key, value] of Object.entries(patch)) {
    if (['name', 'price', 'stock'].includes(key)) fields[key] = String(value);
  }
  if (Object.keys(fields).length) await redis.hSet(k('product', id), fields);
  invalidate(id);
  return (await get(id)).product;
}

function invalidate(id) {
  if (cache.delete(id)) stats.invalidations++;
}

async function ids() {
  return (await redis.sMembers(k('products'))).sort((a, b) => a - b);
}

module.exports = { create, get, update, invalidate, ids, stats, cache };
