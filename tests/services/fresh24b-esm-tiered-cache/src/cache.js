import { createCache } from 'cache-manager';
import { Keyv } from 'keyv';

export const l1 = new Keyv({ namespace: 'l1' });
export const l2 = new Keyv({ namespace: 'l2' });

export const cache = createCache({
  stores: [l1, l2],
  ttl: 10 * 60 * 1000,
  cacheId: 'catalog',
});

export const cacheEvents = { get: 0, hits: 0, set: 0, del: 0, mget: 0 };

cache.on('get', ({ value }) => {
  cacheEvents.get++;
  if (value !== undefined) cacheEvents.hits++;
});
cache.on('set', () => { cacheEvents.set++; });
cache.on('del', () => { cacheEvents.del++; });
cache.on('mget', () => { cacheEvents.mget++; });
