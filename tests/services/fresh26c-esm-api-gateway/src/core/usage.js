const byOwner = new Map();
const rejected = [];

export function count(owner, route, ok) {
  const entry = byOwner.get(owner) ?? { calls: 0, rejected: 0, routes: {} };
  entry.calls++;
  if (!ok) entry.rejected++;
  entry.routes[route] = (entry.routes[route] ?? 0) + 1;
  byOwner.set(owner, entry);
}

export function reject(owner, reason) {
  rejected.push({ owner, reason });
  if (rejected.length > 4) rejected.splice(0, rejected.length - 4);
}

export const report = () => ({
  owners: Object.fromEntries([...byOwner].toSorted(([a], [b]) => a.localeCompare(b))),
  lastRejected: rejected.at(-1) ?? null,
  recentRejections: rejected.length,
});
