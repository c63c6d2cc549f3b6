'use strict';

module.exports = function ttlCache(clock, ttlMs) {
  const store = new Map();
  const stats = { hit: 0, miss: 0, dropped: 0 };
  return {
    async wrap(key, compute) {
      const hit = store.get(key);
      if (hit && hit.until > clock.now()) {
        stats.hit += 1;
        return hit.value;
      }
      stats.miss += 1;
      const value = await compute();
      store.set(key, { value, until: clock.now() + ttlMs });
      return value;
    },
    dropWhere(predicate) {
      for (const key of store.keys()) {
        if (predicate(key)) {
          store.delete(key);
          stats.dropped += 1;
        }
      }
    },
    stats,
  };
};
