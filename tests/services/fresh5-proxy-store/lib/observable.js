// A store wrapped in a Proxy: the set trap validates and counts writes per key,
// deleteProperty records removals, get hands out nested objects wrapped too.
const stats = { writes: 0, byKey: {}, deletes: [], rejected: 0 };

function observe(target, path = []) {
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver);
      return value && typeof value === 'object' ? observe(value, [...path, key]) : value;
    },
    set(obj, key, value, receiver) {
      if (typeof key === 'string' && key.startsWith('_')) {
        stats.rejected++;
        throw new TypeError(`${key} is read-only`);
      }
      if (path.length === 0 && key === 'qty' && !Number.isInteger(value)) return false;
      const name = [...path, key].join('.');
      stats.writes++;
      stats.byKey[name] = (stats.byKey[name] ?? 0) + 1;
      return Reflect.set(obj, key, value, receiver);
    },
    deleteProperty(obj, key) {
      stats.deletes.push([...path, key].join('.'));
      return Reflect.deleteProperty(obj, key);
    },
    has(obj, key) {
      return !String(key).startsWith('_') && Reflect.has(obj, key);
    },
  });
}

module.exports = { observe, stats };
