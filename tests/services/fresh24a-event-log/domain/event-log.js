const { EventEmitter } = require('node:events');

// Append-only log; `appended` is emitted for waiters and projections.
class EventLog extends EventEmitter {
  #events = [];

  append(stream, type, data) {
    const event = Object.freeze({ seq: this.#events.length + 1, stream, type, data });
    this.#events.push(event);
    this.emit('appended', event);
    return event;
  }

  since(seq = 0) {
    return this.#events.filter((e) => e.seq > seq);
  }

  stream(id) {
    return this.#events.filter((e) => e.stream === id);
  }

  get head() {
    return this.#events.at(-1)?.seq ?? 0;
  }
}

module.exports = new EventLog();
