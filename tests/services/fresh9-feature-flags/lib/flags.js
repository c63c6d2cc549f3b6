const DEFAULTS = Object.freeze({ enabled: false, rollout: 0, tags: [] });
const kOverrides = Symbol('overrides');

class FlagStore {
  static maxFlags = 20;
  static #created = 0;

  #flags = new Map();
  evaluations = 0;

  constructor(name) {
    this.name = name;
    this[kOverrides] = {};
    FlagStore.#created++;
  }

  static get created() {
    return FlagStore.#created;
  }

  get size() {
    return this.#flags.size;
  }

  get enabledKeys() {
    return [...this.#flags].filter(([, f]) => f.enabled).map(([k]) => k);
  }

  set limit(n) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError('limit must be a positive integer');
    FlagStore.maxFlags = n;
  }

  upsert(key, patch = {}) {
    let flag = this.#flags.get(key);
    if (!flag) {
      if (this.#flags.size >= FlagStore.maxFlags) {
        throw Object.assign(new Error(`too many flags (max ${FlagStore.maxFlags})`), { status: 409 });
      }
      flag = { key, ...structuredClone(DEFAULTS) };
      this.#flags.set(key, flag);
    }
    flag.enabled ||= patch.enabled === true;
    flag.enabled &&= patch.enabled !== false;
    flag.rollout = patch.rollout ?? flag.rollout;
    flag.description ??= patch.description;
    if (patch.tags?.length) flag.tags = [...new Set([...flag.tags, ...patch.tags])];
    return flag;
  }

  get(key) {
    return this.#flags.get(key);
  }

  override(key, user, value) {
    (this[kOverrides][key] ??= {})[user] = value;
  }

  isOn(key, user) {
    this.evaluations++;
    const forced = this[kOverrides][key]?.[user];
    if (forced !== undefined) return forced;
    const flag = this.#flags.get(key);
    if (!flag?.enabled) return false;
    // deterministic bucketing: sum of char codes of the user id
    const bucket = [...String(user)].reduce((sum, ch) => sum + ch.charCodeAt(0), 0) % 100;
    return bucket < flag.rollout;
  }

  remove(key) {
    delete this[kOverrides][key];
    return this.#flags.delete(key);
  }
}

module.exports = { FlagStore, kOverrides };
