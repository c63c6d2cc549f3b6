'use strict';

const { EventEmitter } = require('node:events');

// Listeners may be async: the bus keeps their promises so tests (and /health) can wait until it is idle.
class AsyncBus extends EventEmitter {
  pending = new Set();
  failures = [];

  dispatch(name, payload) {
    for (const listener of this.listeners(name)) {
      const p = Promise.resolve()
        .then(() => listener(payload))
        .catch((err) => this.failures.push(`${name}: ${err.message}`))
        .finally(() => this.pending.delete(p));
      this.pending.add(p);
    }
  }

  async idle() {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
}

module.exports = { AsyncBus };
