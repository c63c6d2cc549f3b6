// A flag with a percentage rollout and per-user overrides; bucket by a tiny string hash.
export class Flag {
  static #registry = new Map();
  static defaults;

  static {
    Flag.defaults = Object.freeze({ enabled: false, rollout: 0 });
  }

  #overrides = new Map();
  #evaluations = 0;

  constructor(key, options = {}) {
    this.key = key;
    Object.assign(this, structuredClone(Flag.defaults), options);
    Flag.#registry.set(key, this);
  }

  static get(key) {
    return Flag.#registry.get(key);
  }

  static all() {
    return [...Flag.#registry.values()];
  }

  static remove(key) {
    return Flag.#registry.delete(key);
  }

  static bucket(key, user) {
    let h = 0;
    for (const ch of `${key}:${user}`) h = (h * 31 + ch.codePointAt(0)) >>> 0;
    return h % 100;
  }

  override(user, value) {
    if (value === null) this.#overrides.delete(user);
    else this.#overrides.set(user, Boolean(value));
  }

  evaluate(user) {
    this.#evaluations++;
    if (this.#overrides.has(user)) return { on: this.#overrides.get(user), reason: 'override' };
    if (!this.enabled) return { on: false, reason: 'disabled' };
    const bucket = Flag.bucket(this.key, user);
    return { on: bucket < this.rollout, reason: 'rollout', bucket };
  }

  get evaluations() {
    return this.#evaluations;
  }

  toJSON() {
    return { key: this.key, enabled: this.enabled, rollout: this.rollout, overrides: Object.fromEntries(this.#overrides), evaluations: this.#evaluations };
  }
}
