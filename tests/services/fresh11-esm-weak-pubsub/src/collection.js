// An ordered collection of subscribers, iterable with for...of and spread.
export class SubscriberList {
  #members = [];

  add(sub) {
    if (!this.#members.includes(sub)) this.#members.push(sub);
    return this;
  }

  delete(sub) {
    const i = this.#members.indexOf(sub);
    if (i === -1) return false;
    this.#members.splice(i, 1);
    return true;
  }

  get size() {
    return this.#members.length;
  }

  *[Symbol.iterator]() {
    for (const m of this.#members) yield m;
  }

  map(fn) {
    return Array.from(this, fn);
  }
}
