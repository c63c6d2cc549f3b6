const { applyPatch } = require('./pointer');

class DocumentStore {
  static #instance;
  #docs = new Map();

  static get instance() {
    DocumentStore.#instance ??= new DocumentStore();
    return DocumentStore.#instance;
  }

  create(id, body) {
    const entry = { versions: [structuredClone(body)] };
    this.#docs.set(id, entry);
    return this.view(id);
  }

  view(id, version) {
    const entry = this.#docs.get(id);
    if (!entry) return null;
    const v = version ?? entry.versions.length;
    const body = entry.versions[v - 1];
    return body === undefined ? null : { id, version: v, latest: entry.versions.length, body };
  }

  patch(id, operations) {
    const entry = this.#docs.get(id);
    const next = applyPatch(entry.versions.at(-1), operations);
    entry.versions.push(next);
    return this.view(id);
  }

  undo(id) {
    const entry = this.#docs.get(id);
    if (entry.versions.length === 1) return null;
    entry.versions.pop();
    return this.view(id);
  }

  has(id) {
    return this.#docs.has(id);
  }

  list() {
    return [...this.#docs.entries()]
      .map(([id, { versions }]) => ({ id, versions: versions.length }))
      .toSorted((a, b) => b.versions - a.versions || a.id.localeCompare(b.id));
  }
}

module.exports = DocumentStore;
