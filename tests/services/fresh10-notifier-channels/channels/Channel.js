class Channel {
  static #registry = new Map();
  static sent = 0;

  constructor(name) {
    this.name = name;
    this.outbox = [];
    Channel.#registry.set(name, this);
  }

  static get(name) {
    return Channel.#registry.get(name);
  }

  static names() {
    return [...Channel.#registry.keys()];
  }

  get stats() {
    return (this._stats ??= { sent: 0, rejected: 0 });
  }

  format(msg) {
    return `[${this.name}] ${msg}`;
  }

  send(to, msg) {
    if (!this.accepts(to)) {
      this.stats.rejected++;
      return false;
    }
    this.outbox.push({ to, text: this.format(msg) });
    this.stats.sent++;
    this.constructor.sent++;
    Channel.sent++;
    return true;
  }

  accepts(to) {
    return typeof to === 'string' && to.length > 0;
  }

  *[Symbol.iterator]() {
    this.iterations = (this.iterations ?? 0) + 1;
    yield* this.outbox;
  }
}

module.exports = Channel;
