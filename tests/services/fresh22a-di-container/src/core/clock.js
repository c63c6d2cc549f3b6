'use strict';

// A logical clock shared (as a singleton) by everything that stamps records.
module.exports = class LogicalClock {
  #now = 1000;
  tick() {
    this.#now += 1;
    return this.#now;
  }
  get now() {
    return this.#now;
  }
};
