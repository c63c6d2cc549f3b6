'use strict';

class Pipeline {
  #hooks = new Map();
  #handlers = {};
  #calls = new Map();
  #disabled = new Set();

  register(plugin) {
    const api = {
      on: (event, fn) => {
        if (!this.#hooks.has(event)) this.#hooks.set(event, new Set());
        this.#hooks.get(event).add({ plugin: plugin.name, fn });
        return api;
      },
      handle: (name, fn) => {
        this.#handlers[name] = { plugin: plugin.name, fn };
        return api;
      },
    };
    plugin.setup(api);
    this.#calls.set(plugin.name, 0);
    return this;
  }

  *#active(event) {
    for (const hook of this.#hooks.get(event) ?? []) {
      if (this.#disabled.has(hook.plugin)) continue;
      yield (...args) => {
        this.#calls.set(hook.plugin, this.#calls.get(hook.plugin) + 1);
        return hook.fn(...args);
      };
    }
  }

  middleware(event) {
    return (req, res, next) => {
      for (const run of this.#active(event)) run(req);
      next();
    };
  }

  check(event, value) {
    let reason = null;
    Array.from(this.#active(event)).some((run) => (reason = run(value)) != null);
    return reason;
  }

  transform(event, value) {
    return Array.from(this.#active(event)).reduce((acc, run) => run(acc) ?? acc, value);
  }

  emit(event, value) {
    for (const run of this.#active(event)) run(value);
  }

  handlers() {
    return Object.entries(this.#handlers).map(([name, { plugin, fn }]) => ({
      name,
      fn: this.#disabled.has(plugin) ? () => undefined : fn,
    }));
  }

  disable(name) {
    this.#disabled.add(name);
    return [...this.#disabled];
  }

  stats() {
    const hooks = Array.from(this.#hooks.values()).reduce((n, set) => n + set.size, 0);
    return { hooks, calls: Object.fromEntries(this.#calls), handlers: Object.keys(this.#handlers) };
  }
}

module.exports = { Pipeline };
