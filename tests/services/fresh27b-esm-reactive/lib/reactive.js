// A minimal observable: reactive(obj) wraps an object (deeply, lazily) in a Proxy whose set and
// deleteProperty traps record every change and notify watchers.
const changes = [];
const watchers = new Set();
const proxies = new WeakMap();

export function reactive(target, path = []) {
  if (proxies.has(target)) return proxies.get(target);
  const proxy = new Proxy(target, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver);
      return value !== null && typeof value === 'object' ? reactive(value, [...path, key]) : value;
    },
    set(obj, key, value, receiver) {
      const old = obj[key];
      const ok = Reflect.set(obj, key, value, receiver);
      if (ok && old !== value) record('set', [...path, key].join('.'), old, value);
      return ok;
    },
    deleteProperty(obj, key) {
      const had = Object.hasOwn(obj, key);
      const ok = Reflect.deleteProperty(obj, key);
      if (had) record('delete', [...path, key].join('.'), obj[key], undefined);
      return ok;
    },
  });
  proxies.set(target, proxy);
  return proxy;
}

function record(op, path, from, to) {
  const change = { n: changes.length + 1, op, path, to: to ?? null };
  changes.push(change);
  for (const w of watchers) w(change);
}

export const watch = (fn) => { watchers.add(fn); return () => watchers.delete(fn); };
export const changeLog = () => changes;
