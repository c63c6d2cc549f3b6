const crypto = require('node:crypto');
const { client } = require('./redis');

// Flags live in a Redis hash (JSON per flag) with a version counter bumped on every change;
// each process keeps a copy and reloads it only when the version it saw is stale.
class FlagStore {
  static #instances = [];
  #prefix;
  #cache = null;
  #seenVersion = -1;
  reloads = 0;
  evaluations = {};

  constructor(prefix) {
    this.#prefix = prefix;
    FlagStore.#instances.push(this);
  }

  static count() {
    return FlagStore.#instances.length;
  }

  #key(part) {
    return `${this.#prefix}:${part}`;
  }

  async all() {
    const version = Number((await client.get(this.#key('version'))) ?? 0);
    if (version !== this.#seenVersion) {
      const raw = await client.hGetAll(this.#key('flags'));
      this.#cache = Object.fromEntries(Object.entries(raw).map(([name, json]) => [name, JSON.parse(json)]));
      this.#seenVersion = version;
      this.reloads++;
    }
    return { version, flags: this.#cache };
  }

  async put(name, flag) {
    const [, version] = await client
      .multi()
      .hSet(this.#key('flags'), name, JSON.stringify(flag))
      .incr(this.#key('version'))
      .exec();
    return version;
  }

  async remove(name) {
    const [removed] = await client.multi().hDel(this.#key('flags'), name).incr(this.#key('version')).exec();
    return removed === 1;
  }

  async evaluate(name, userId) {
    const { flags } = await this.all();
    const flag = flags[name];
    this.evaluations[name] = (this.evaluations[name] ?? 0) + 1;
    if (!flag || !flag.enabled) return false;
    if (flag.allow?.includes(userId)) return true;
    const bucket = crypto.createHash('sha1').update(`${name}:${userId}`).digest().readUInt16BE(0) % 100;
    return bucket < flag.rollout;
  }
}

module.exports = FlagStore;
