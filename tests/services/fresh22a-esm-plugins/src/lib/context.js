// The context every plugin receives: a hook bus and a small shared registry.
export function createContext(settings) {
  const hooks = new Map();
  const registry = [];
  return {
    settings,
    registry,
    on(name, fn) {
      if (!hooks.has(name)) hooks.set(name, []);
      hooks.get(name).push(fn);
    },
    async emit(name, payload) {
      const results = [];
      for (const fn of hooks.get(name) ?? []) results.push(await fn(payload));
      return results;
    },
    hookCount: () => [...hooks.values()].reduce((n, fns) => n + fns.length, 0),
  };
}
