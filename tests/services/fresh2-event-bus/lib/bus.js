const { EventEmitter } = require('node:events');

class DomainBus extends EventEmitter {
  #published = 0;

  publish(type, payload) {
    this.#published += 1;
    const event = Object.freeze({ seq: this.#published, type, payload });
    const delivered = this.emit(type, event);
    this.emit('*', event);
    return { seq: event.seq, delivered };
  }

  get published() {
    return this.#published;
  }
}

module.exports = new DomainBus();
