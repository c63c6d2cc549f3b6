'use strict';

const CONFIG = Object.freeze({ maxNames: 3, separator: ', ' });

class Registry {
  static #instance;
  static getInstance() {
    return (Registry.#instance ??= new Registry());
  }
  names = [];
  add(name) {
    if (this.names.length >= CONFIG.maxNames) throw new RangeError(`at most ${CONFIG.maxNames} names`);
    this.names.push(name);
  }
  toString() { return this.names.join(CONFIG.separator); }
}

function tweak(key, value) {
  CONFIG[key] = value;  // throws in strict mode: the config is frozen
}

module.exports = { Registry, tweak, CONFIG };
