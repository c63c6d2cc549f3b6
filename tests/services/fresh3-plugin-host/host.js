// A plugin host: plugins register hooks on install; hooks run in order and may
// change the payload; the host counts what it ran.
class PluginHost {
  static #instances = 0;
  static registry = new Map();

  hooks = { beforeSave: [], afterSave: [] };
  ran = 0;

  constructor(name) {
    this.name = name;
    PluginHost.#instances++;
    PluginHost.registry.set(name, this);
  }

  static get instances() {
    return PluginHost.#instances;
  }

  use(plugin, options = {}) {
    plugin.install(this, options);
    return this;
  }

  on(hook, fn) {
    this.hooks[hook].push(fn);
  }

  run(hook, payload) {
    return this.hooks[hook].reduce((p, fn) => {
      this.ran++;
      return fn(p) ?? p;
    }, payload);
  }
}

module.exports = PluginHost;
