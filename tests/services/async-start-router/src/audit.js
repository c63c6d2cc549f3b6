class Audit {
  #entries = [];

  record(action, id) {
    this.#entries.push(`${action}:${id}`);
  }

  recent(n = 5) {
    return this.#entries.slice(-n);
  }

  get size() { return this.#entries.length; }
}

module.exports = Audit;
