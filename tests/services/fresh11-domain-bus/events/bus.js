'use strict';
const { EventEmitter } = require('node:events');

class DomainBus extends EventEmitter {
  static #instance = null;
  #published = 0;
  #trace = [];

  static get instance() {
    return (DomainBus.#instance ??= new DomainBus());
  }

  publish(type, payload = {}) {
    this.#published += 1;
    const event = { type, seq: this.#published, ...payload };
    const delivered = this.emit(type, event);
    return { ...event, delivered };
  }

  trace(step) {
    this.#trace.push(step);
    if (this.#trace.length > 12) this.#trace.shift();
  }

  get recent() {
    return this.#trace.slice();
  }

  get published() {
    return this.#published;
  }

  counts(...names) {
    return Object.fromEntries(names.map((n) => [n, this.listenerCount(n)]));
  }
}

module.exports = DomainBus.instance;
