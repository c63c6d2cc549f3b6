import { onPost } from './hooks.js';

export const audit = { large: [], byAccount: new Map() };
let stopLarge = null;

export function watchLarge(limit) {
  stopLarge?.();
  stopLarge = onPost((entry) => {
    if (Math.abs(entry.amount) >= limit) audit.large.push(entry.n);
  });
}

export function unwatchLarge() {
  if (!stopLarge) return false;
  stopLarge();
  stopLarge = null;
  return true;
}

onPost(({ account }) => {
  audit.byAccount.set(account, (audit.byAccount.get(account) ?? 0) + 1);
});
