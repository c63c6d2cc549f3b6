export class AuditLog {
  #entries = [];
  #seq = 0;

  record(action, key, detail = {}) {
    const entry = { seq: ++this.#seq, action, key, ...detail };
    this.#entries.push(entry);
    return entry;
  }

  get length() {
    return this.#entries.length;
  }

  lastFor(key) {
    return this.#entries.findLast((e) => e.key === key);
  }

  async *[Symbol.asyncIterator]() {
    for (const entry of this.#entries) {
      await null; // entries may come from storage one day
      yield entry;
    }
  }
}

export const audit = new AuditLog();
