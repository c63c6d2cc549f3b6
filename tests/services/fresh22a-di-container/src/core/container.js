'use strict';

// A tiny DI container: factories registered by name, resolved lazily,
// singletons cached in a Map. Transients are built on each resolve.
class Container {
  #factories = new Map();
  #singletons = new Map();
  #resolving = new Set();
  stats = { registered: 0, built: 0, cacheHits: 0 };

  register(name, factory, { lifetime = 'singleton' } = {}) {
    if (this.#factories.has(name)) throw new Error(`"${name}" is already registered`);
    this.#factories.set(name, { factory, lifetime });
    this.stats.registered++;
    return this;
  }

  has(name) {
    return this.#factories.has(name);
  }

  resolve(name) {
    const entry = this.#factories.get(name);
    if (!entry) throw new Error(`Nothing registered as "${name}"`);
    if (entry.lifetime === 'singleton' && this.#singletons.has(name)) {
      this.stats.cacheHits++;
      return this.#singletons.get(name);
    }
    if (this.#resolving.has(name)) throw new Error(`Circular dependency on "${name}"`);
    this.#resolving.add(name);
    try {
      const instance = entry.factory(this);
      this.stats.built++;
      if (entry.lifetime === 'singleton') this.#singletons.set(name, instance);
      return instance;
    } finally {
      this.#resolving.delete(name);
    }
  }

  built() {
    return [...this.#singletons.keys()];
  }
}

module.exports = { Container };
