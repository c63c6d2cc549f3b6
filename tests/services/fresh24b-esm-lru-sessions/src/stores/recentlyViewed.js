import QuickLRU from 'quick-lru';

const byUser = new Map();

export function recordView(user, productId) {
  let lru = byUser.get(user);
  if (!lru) {
    lru = new QuickLRU({ maxSize: 3 });
    byUser.set(user, lru);
  }
  const seen = lru.get(productId) ?? 0;
  lru.set(productId, seen + 1);
  return seen + 1;
}

export function recentFor(user) {
  const lru = byUser.get(user);
  if (!lru) return [];
  return [...lru.entriesDescending()].map(([id, views]) => ({ id, views }));
}
