'use strict';
// Plugins install themselves by registering hooks; hooks run in order, each handed what the previous
// one returned (a reduce). The registry iterates as [hook, count] pairs.
class Registry {
  #hooks = new Map();
  plugins = [];

  use(plugin, options = {}) {
    if (this.plugins.includes(plugin.name)) throw new Error(`plugin ${plugin.name} already installed`);
    plugin.install(this, options);
    this.plugins.push(plugin.name);
    return this;
  }

  hook(name, fn) {
    if (!this.#hooks.has(name)) this.#hooks.set(name, []);
    this.#hooks.get(name).push(fn);
  }

  run(name, value, context) {
    return (this.#hooks.get(name) ?? []).reduce((acc, fn) => fn(acc, context) ?? acc, value);
  }

  *[Symbol.iterator]() {
    for (const [name, fns] of this.#hooks) yield [name, fns.length];
  }
}

module.exports = Registry;
