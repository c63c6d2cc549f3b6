'use strict';
const redis = require('./redis');

const PREFIX = 'fresh11-redis-profiles:';
const key = (...parts) => PREFIX + parts.join(':');

// a read-through cache that must stay coherent with the hashes in Redis
class ProfileCache {
  #entries = new Map();
  stats = { hits: 0, misses: 0, invalidations: 0 };

  get(id) {
    const hit = this.#entries.get(id);
    hit ? this.stats.hits++ : this.stats.misses++;
    return hit;
  }

  set(id, profile) {
    this.#entries.set(id, profile);
    return profile;
  }

  invalidate(id) {
    if (this.#entries.delete(id)) this.stats.invalidations++;
  }

  get size() {
    return this.#entries.size;
  }
}

const cache = new ProfileCache();

async function create({ name, city = 'unknown' }) {
  const id = String(await redis.incr(key('seq')));
  await redis.hSet(key('user', id), { name, city, visits: '0' });
  await redis.sAdd(key('cities', city), id);
  return cache.set(id, { id, name, city, visits: 0 });
}

async function load(id) {
  const cached = cache.get(id);
  if (cached) return { ...cached, from: 'cache' };
  const raw = await redis.hGetAll(key('user', id));
  if (!Object.keys(raw).length) return null;
  const profile = cache.set(id, { id, name: raw.name, city: raw.city, visits: Number(raw.visits) });
  return { ...profile, from: 'redis' };
}

async function visit(id) {
  const [visits] = await redis.multi().hIncrBy(key('user', id), 'visits', 1).zIncrBy(key('popular'), 1, id).exec();
  const entry = cache.get(id);
  if (entry) entry.visits = visits; // keep the cached copy in step
  return visits;
}

async function move(id, city) {
  const old = await redis.hGet(key('user', id), 'city');
  if (old === null || old === undefined) return null;
  await redis.multi().hSet(key('user', id), 'city', city).sRem(key('cities', old), id).sAdd(key('cities', city), id).exec();
  cache.invalidate(id);
  return { id, from: old, to: city };
}

async function popular(n = 2) {
  const top = await redis.zRangeWithScores(key('popular'), 0, n - 1, { REV: true });
  return top.map(({ value, score }) => ({ id: value, visits: score }));
}

const inCity = async (city) => (await redis.sMembers(key('cities', city))).sort();

module.exports = { create, load, visit, move, popular, inCity, cache };
