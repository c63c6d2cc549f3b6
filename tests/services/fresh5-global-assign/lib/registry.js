// A process-wide registry on globalThis, created once by whichever module
// loads first (the usual "global singleton" pattern for hot reloads).
globalThis.__registry ??= { services: {}, hits: 0 };

function register(name, info) {
  globalThis.__registry.services[name] = { ...info, registeredAs: Object.keys(globalThis.__registry.services).length };
  return globalThis.__registry.services[name];
}

function hit() {
  global.__registry.hits += 1;
  return global.__registry.hits;
}

module.exports = { register, hit };
