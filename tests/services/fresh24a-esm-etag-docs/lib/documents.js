import { createHash } from 'node:crypto';

export class PreconditionFailed extends Error {
  status = 412;
}

export class DocumentStore {
  #docs = new Map();
  #revisions = [];
  static #hashes = 0;

  static etagOf(doc) {
    DocumentStore.#hashes++;
    return `"${createHash('sha1').update(JSON.stringify(doc.body)).digest('hex').slice(0, 16)}-${doc.rev}"`;
  }

  static get hashes() {
    return DocumentStore.#hashes;
  }

  get(id) {
    return this.#docs.get(id);
  }

  put(id, body, ifMatch) {
    const current = this.#docs.get(id);
    if (ifMatch !== undefined) {
      const etag = current && DocumentStore.etagOf(current);
      if (ifMatch === '*' ? !current : ifMatch !== etag) throw new PreconditionFailed(`etag mismatch for ${id}`);
    }
    const doc = { id, rev: (current?.rev ?? 0) + 1, body: structuredClone(body) };
    this.#docs.set(id, doc);
    this.#revisions.push({ id, rev: doc.rev });
    return doc;
  }

  revisionsOf(id) {
    return this.#revisions.filter((r) => r.id === id).map((r) => r.rev);
  }
}

export default new DocumentStore();
