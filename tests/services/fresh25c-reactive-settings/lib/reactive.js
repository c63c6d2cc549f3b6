'use strict';
// A tiny reactive store: a Proxy whose traps record every change and call the watchers of the key.

function reactive(target, { onChange }) {
  const watchers = new Map();
  const proxy = new Proxy(target, {
    set(obj, key, value, receiver) {
      const before = obj[key];
      if (Object.is(before, value)) return true;
      const ok = Reflect.set(obj, key, value, receiver);
      onChange({ op: 'set', key, before, after: value });
      (watchers.get(key) || []).forEach((fn) => fn(value, before));
      return ok;
    },
    deleteProperty(obj, key) {
      if (!(key in obj)) return true;
      const before = obj[key];
      delete obj[key];
      onChange({ op: 'delete', key, before });
      return true;
    },
  });
  function watch(key, fn) {
    if (!watchers.has(key)) watchers.set(key, []);
    watchers.get(key).push(fn);
    return () => {
      const list = watchers.get(key);
      list.splice(list.indexOf(fn), 1);
    };
  }
  return { state: proxy, watch };
}

module.exports = { reactive };
