// A channel that watches its own listeners: `newListener`/`removeListener` meta-events keep
// per-event tallies in private fields, and an `errorMonitor` listener counts errors before
// the 'error' listeners (or the throw) see them.
'use strict';
const { EventEmitter, errorMonitor } = require('node:events');

class Channel extends EventEmitter {
  #added = {};
  #removed = {};
  delivered = 0;
  errors = [];

  constructor(name) {
    super({ captureRejections: false });
    this.name = name;
    this.on('newListener', (event, fn) => {
      if (typeof event !== 'string') return;
      this.#added[event] = (this.#added[event] ?? 0) + 1;
      this.lastAdded = `${event}:${fn.name || 'anonymous'}`;
    });
    this.on('removeListener', (event, fn) => {
      if (typeof event !== 'string') return;
      this.#removed[event] = (this.#removed[event] ?? 0) + 1;
      this.lastRemoved = `${event}:${fn.name || 'anonymous'}`;
    });
    this.on(errorMonitor, (err) => {
      this.errors.push(err.message);
    });
  }

  publish(event, payload) {
    const had = this.emit(event, payload);
    if (had) this.delivered += 1;
    return had;
  }

  // calls the listeners without emitting: `listeners()` gives the functions once wrappers wrap, which stay
  replay(event, payload) {
    let called = 0;
    for (const fn of this.listeners(event)) {
      fn.call(this, payload);
      called += 1;
    }
    return called;
  }

  describe() {
    const events = this.eventNames().filter((e) => typeof e === 'string');
    return {
      name: this.name,
      events,
      counts: Object.fromEntries(events.map((e) => [e, this.listenerCount(e)])),
      raw: Object.fromEntries(
        events.map((e) => [e, this.rawListeners(e).map((l) => (l.listener ? `once(${l.listener.name || 'anonymous'})` : l.name || 'anonymous'))]),
      ),
      added: { ...this.#added },
      removed: { ...this.#removed },
      lastAdded: this.lastAdded ?? null,
      lastRemoved: this.lastRemoved ?? null,
      delivered: this.delivered,
      errors: this.errors,
      max: this.getMaxListeners(),
    };
  }
}

module.exports = new Channel('orders');
