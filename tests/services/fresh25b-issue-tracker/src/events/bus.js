'use strict';

const { EventEmitter } = require('node:events');

class DomainBus extends EventEmitter {
  #sequence = 0;

  constructor(clock) {
    super({ captureRejections: true });
    this.clock = clock;
  }

  publish(type, payload) {
    const event = { seq: ++this.#sequence, type, at: this.clock.iso(), payload };
    this.emit(type, event);
    this.emit('*', event);
    return event;
  }

  get published() {
    return this.#sequence;
  }
}

const createBus = (clock) => new DomainBus(clock);

module.exports = { DomainBus, createBus };
