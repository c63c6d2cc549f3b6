const { setTimeout: sleep } = require('node:timers/promises');
const { EventEmitter } = require('node:events');

class Processor extends EventEmitter {
  constructor({ maxAttempts = 3 } = {}) {
    super();
    this.maxAttempts = maxAttempts;
    this.seen = new Map();  // idempotency key -> result
    this.queue = [];
    this.busy = false;
  }

  submit(key, payload) {
    if (this.seen.has(key)) return { duplicate: true, ...this.seen.get(key) };
    const entry = { key, payload, status: 'queued', attempts: 0 };
    this.seen.set(key, entry);
    this.queue.push(entry);
    setImmediate(() => this.drain());
    return { duplicate: false, ...entry };
  }

  async drain() {
    if (this.busy) return;
    this.busy = true;
    while (this.queue.length) {
      const entry = this.queue.shift();
      await this.attempt(entry);
    }
    this.busy = false;
    this.emit('drained');
  }

  async attempt(entry) {
    while (entry.attempts < this.maxAttempts) {
      entry.attempts += 1;
      await sleep(2 * entry.attempts);
      if (entry.payload.failTimes >= entry.attempts) continue;
      entry.status = 'delivered';
      this.emit('delivered', entry);
      return;
    }
    entry.status = 'dead';
    this.emit('dead', entry);
  }
}

module.exports = Processor;
