// a stand-in for a slow geocoding API: answers later, counts calls, caches promises per city
const cache = new Map();
export const stats = { calls: 0, cached: 0 };

const REGIONS = { paris: 'FR-IDF', lyon: 'FR-ARA', berlin: 'DE-BE', munich: 'DE-BY', madrid: 'ES-MD' };

export function regionOf(city) {
  const key = city.toLowerCase();
  if (cache.has(key)) {
    stats.cached += 1;
    return cache.get(key);
  }
  stats.calls += 1;
  const pending = new Promise((resolve) => setImmediate(() => resolve(REGIONS[key] ?? 'unknown')));
  cache.set(key, pending);
  return pending;
}
