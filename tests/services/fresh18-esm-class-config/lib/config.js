// A configuration singleton written as a modern class: a static private instance made in a
// static block, private fields behind a validating setter, a revision counter, and a
// module-level history of revisions the setter appends to.
export const revisions = [];
let reads = 0;

export class Config {
  static #instance;
  static defaults = { retries: 3, timeoutMs: 1000, mode: 'safe' };

  static {
    Config.#instance = new Config(Config.defaults);
  }

  #values;
  #revision = 0;

  constructor(values) {
    this.#values = { ...values };
  }

  static get instance() {
    reads++;
    return Config.#instance;
  }

  static get reads() {
    return reads;
  }

  get revision() {
    return this.#revision;
  }

  get values() {
    return { ...this.#values };
  }

  get mode() {
    return this.#values.mode;
  }

  set mode(value) {
    if (!['safe', 'fast'].includes(value)) throw new RangeError(`bad mode ${value}`);
    this.#bump('mode', value);
  }

  set retries(n) {
    this.#bump('retries', Math.min(10, Math.max(0, n | 0)));
  }

  #bump(key, value) {
    const old = this.#values[key];
    this.#values[key] = value;
    this.#revision++;
    revisions.push({ rev: this.#revision, key, old, value });
  }

  static reset() {
    Config.#instance = new Config(Config.defaults);
    revisions.length = 0;
  }
}
