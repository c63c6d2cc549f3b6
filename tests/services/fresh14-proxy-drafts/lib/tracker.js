'use strict';

const changes = new WeakMap();
const raws = new WeakMap();
const stats = { sets: 0, deletes: 0, rejected: 0 };

function track(target, { readonly = ['id'] } = {}) {
  changes.set(target, new Map());
  const proxy = new Proxy(target, {
    set(obj, key, value, receiver) {
      if (readonly.includes(key)) {
        stats.rejected++;
        return true;
      }
      const log = changes.get(obj);
      if (!log.has(key)) log.set(key, { had: Object.hasOwn(obj, key), before: obj[key] });
      stats.sets++;
      return Reflect.set(obj, key, value, receiver);
    },
    deleteProperty(obj, key) {
      const log = changes.get(obj);
      if (!log.has(key)) log.set(key, { had: Object.hasOwn(obj, key), before: obj[key] });
      stats.deletes++;
      return Reflect.deleteProperty(obj, key);
    },
  });
  raws.set(proxy, target);
  return proxy;
}

const rawOf = (proxy) => raws.get(proxy);

function dirty(proxy) {
  return [...changes.get(rawOf(proxy)).keys()];
}

function flush(proxy) {
  const raw = rawOf(proxy);
  const log = changes.get(raw);
  const entries = [...log].map(([key, { before }]) => ({ key, from: before ?? null, to: raw[key] ?? null }));
  log.clear();
  return entries;
}

function revert(proxy) {
  const raw = rawOf(proxy);
  const log = changes.get(raw);
  for (const [key, { had, before }] of log) {
    if (had) Reflect.set(raw, key, before);
    else Reflect.deleteProperty(raw, key);
  }
  const n = log.size;
  log.clear();
  return n;
}

module.exports = { track, dirty, flush, revert, stats };
