'use strict';

let clock = 0;
const tick = () => ++clock;

const Timestamped = (Base) => class extends Base {
  createdAt = tick();
  updatedAt = this.createdAt;

  touch() {
    this.updatedAt = tick();
    return super.touch?.() ?? this;
  }
};

const Versioned = (Base) => class extends Base {
  #version = 1;

  get version() { return this.#version; }

  touch() {
    this.#version++;
    return super.touch();
  }

  static isVersioned(obj) { return #version in obj; }
};

module.exports = { Timestamped, Versioned, now: () => clock };
