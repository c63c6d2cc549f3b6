'use strict';
// A catalog that counts how often it is scanned: its iterator is the only thing that writes the counters.
class Catalog {
  static scans = 0;
  #items = [];
  reads = 0;

  add(item) {
    this.#items.push(item);
    return this.#items.length;
  }

  *[Symbol.iterator]() {
    Catalog.scans++;
    for (const item of this.#items) {
      this.reads++;
      yield item;
    }
  }
}

module.exports = new Catalog();
module.exports.Catalog = Catalog;
