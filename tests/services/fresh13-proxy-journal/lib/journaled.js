'use strict';
// Wraps an object graph in proxies that record every write into a journal, with the value the
// write replaced so it can be undone. Nested objects are wrapped as they are read.
function journaled(target, journal, path = []) {
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver);
      if (typeof key === 'symbol') return value;
      if (value !== null && typeof value === 'object') return journaled(value, journal, [...path, key]);
      return value;
    },
    set(obj, key, value, receiver) {
      const had = Object.prototype.hasOwnProperty.call(obj, key);
      journal.push({ op: 'set', path: [...path, String(key)], had, old: obj[key], value });
      return Reflect.set(obj, key, value, receiver);
    },
    deleteProperty(obj, key) {
      if (!(key in obj)) return true;
      journal.push({ op: 'delete', path: [...path, String(key)], had: true, old: obj[key] });
      return Reflect.deleteProperty(obj, key);
    },
    has(obj, key) {
      journal.reads = (journal.reads || 0) + 1;
      return Reflect.has(obj, key);
    },
  });
}

function revert(root, entry) {
  const keys = entry.path.slice(0, -1);
  const last = entry.path[entry.path.length - 1];
  const parent = keys.reduce((node, k) => node[k], root);
  if (entry.had) parent[last] = entry.old;
  else delete parent[last];
}

module.exports = { journaled, revert };
