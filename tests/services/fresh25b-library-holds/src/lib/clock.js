'use strict';

const DAY = 24 * 60 * 60 * 1000;

class ManualClock {
  #t;

  constructor(start) {
    this.#t = new Date(start).getTime();
  }

  now() {
    return this.#t;
  }

  today() {
    return new Date(this.#t).toISOString().slice(0, 10);
  }

  tick(ms) {
    this.#t += ms;
    return this;
  }

  tickDays(days) {
    return this.tick(days * DAY);
  }
}

const daysBetween = (from, to) => Math.floor((to - from) / DAY);

module.exports = { ManualClock, DAY, daysBetween };
