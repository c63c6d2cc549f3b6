'use strict';
// Plugins registered under Symbol keys, with private data kept in a WeakMap.
const REGISTRY = Symbol.for('app.plugins');
const kEnabled = Symbol('enabled');
const privates = new WeakMap();

globalThis[REGISTRY] ??= {};

class Plugin {
  static #created = 0;
  static byName;

  static {
    Plugin.byName = new Map();
  }

  constructor(name, version) {
    this.name = name;
    this[kEnabled] = true;
    privates.set(this, { version, calls: 0 });
    Plugin.#created++;
    Plugin.byName.set(name, this);
  }

  static get created() {
    return Plugin.#created;
  }

  get version() {
    return privates.get(this).version;
  }

  set version(v) {
    privates.get(this).version = v;
  }

  get enabled() {
    return this[kEnabled];
  }

  toggle() {
    this[kEnabled] = !this[kEnabled];
    return this[kEnabled];
  }

  run(input) {
    const data = privates.get(this);
    data.calls++;
    return `${this.name}@${data.version}(${input})#${data.calls}`;
  }

  toJSON() {
    const { version, calls } = privates.get(this);
    return { name: this.name, version, calls, enabled: this[kEnabled] };
  }
}

function register(name, version) {
  const registry = globalThis[REGISTRY];
  registry[name] ??= new Plugin(name, version);
  return registry[name];
}

module.exports = { Plugin, register, REGISTRY };
