'use strict';

class Plan {
  static #all = new Map();
  static defaultName = 'free';

  static {
    for (const [name, calls, kb] of [['free', 3, 1], ['pro', 6, 8], ['scale', Infinity, 64]]) new Plan(name, calls, kb);
  }

  constructor(name, maxCalls, maxKb) {
    Object.assign(this, { name, maxCalls, maxKb });
    Plan.#all.set(name, this);
  }

  static get(name) {
    return Plan.#all.get(name) ?? Plan.#all.get(Plan.defaultName);
  }

  static get names() {
    return [...Plan.#all.keys()];
  }
}

module.exports = Plan;
