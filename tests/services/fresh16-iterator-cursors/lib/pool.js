'use strict';

class Pool {
  #members = new Map();

  add(name, weight = 1) {
    this.#members.set(name, { name, weight, served: 0 });
    return this;
  }

  remove(name) {
    return this.#members.delete(name);
  }

  get size() {
    return this.#members.size;
  }

  *[Symbol.iterator]() {
    for (const m of this.#members.values()) {
      for (let i = 0; i < m.weight; i++) yield m;
    }
  }
}

module.exports = { Pool };
