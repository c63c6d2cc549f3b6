'use strict';
// A collection iterated with for..of and spread.
class DocList {
  #docs = [];

  push(doc) {
    this.#docs.push(doc);
    return this.#docs.length;
  }

  get length() {
    return this.#docs.length;
  }

  *[Symbol.iterator]() {
    yield* this.#docs;
  }

  *tagged(tag) {
    for (const doc of this) if (doc.tags.includes(tag)) yield doc;
  }
}

module.exports = DocList;
