'use strict';
// A stock keeper that is an EventTarget itself: it tells who listens when an item runs low.
class Stock extends EventTarget {
  #levels = new Map([['tea', 3], ['cake', 1]]);
  lowAlerts = 0;

  constructor() {
    super();
    this.addEventListener('low', () => { this.lowAlerts += 1; });
  }

  take(item, qty) {
    const left = (this.#levels.get(item) ?? 0) - qty;
    this.#levels.set(item, left);
    if (left <= 0) this.dispatchEvent(new CustomEvent('low', { detail: { item } }));
    return left;
  }

  get levels() {
    return Object.fromEntries(this.#levels);
  }
}

module.exports = new Stock();
