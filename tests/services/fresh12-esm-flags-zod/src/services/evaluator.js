import { store } from './flagStore.js';
import { bucketOf } from '../lib/bucket.js';

const cache = new Map();
export const counters = { hits: 0, misses: 0, cleared: 0 };

store.on('change', (name) => {
  for (const key of cache.keys()) {
    if (name === '*' || key.startsWith(`${name}|`)) {
      cache.delete(key);
      counters.cleared++;
    }
  }
});

export function evaluate(flag, user) {
  const key = `${flag}|${user}`;
  if (cache.has(key)) {
    counters.hits++;
    return cache.get(key);
  }
  counters.misses++;
  const def = store.get(flag);
  let result;
  if (!def) result = { on: false, reason: 'unknown' };
  else if (def.allow.includes(user)) result = { on: true, reason: 'allow-list' };
  else if (!def.enabled) result = { on: false, reason: 'disabled' };
  else {
    const bucket = bucketOf(flag, user);
    result = { on: bucket < def.rollout, reason: `bucket ${bucket} / ${def.rollout}` };
  }
  cache.set(key, result);
  return result;
}
