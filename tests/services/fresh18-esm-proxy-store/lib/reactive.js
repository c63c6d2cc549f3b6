// A small reactive store: writes go through a Proxy whose set trap records a change log
// and notifies watchers.
const watchers = new Map();
export const changes = [];

export function reactive(target, name) {
  return new Proxy(target, {
    set(t, key, value, receiver) {
      const old = t[key];
      const ok = Reflect.set(t, key, value, receiver);
      if (ok && old !== value) {
        changes.push(`${name}.${String(key)}: ${old ?? '-'} -> ${value}`);
        for (const fn of watchers.get(key) ?? []) fn(value, old);
      }
      return ok;
    },
    deleteProperty(t, key) {
      changes.push(`${name}.${String(key)} deleted`);
      return Reflect.deleteProperty(t, key);
    },
  });
}

export function watch(key, fn) {
  if (!watchers.has(key)) watchers.set(key, new Set());
  watchers.get(key).add(fn);
  return () => watchers.get(key).delete(fn);
}
