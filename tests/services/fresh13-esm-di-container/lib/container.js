// A tiny dependency-injection container: factories registered by name, singletons built on first
// resolve and cached, transient entries built on every resolve.
export class Container {
  #factories = new Map();
  #instances = new Map();
  resolutions = 0;

  register(name, factory, { lifetime = 'singleton' } = {}) {
    this.#factories.set(name, { factory, lifetime });
    return this;
  }

  resolve(name) {
    this.resolutions += 1;
    const entry = this.#factories.get(name);
    if (!entry) throw new Error(`nothing registered as ${name}`);
    if (entry.lifetime === 'transient') return entry.factory(this);
    if (!this.#instances.has(name)) this.#instances.set(name, entry.factory(this));
    return this.#instances.get(name);
  }

  get built() {
    return [...this.#instances.keys()];
  }
}

export default new Container();
