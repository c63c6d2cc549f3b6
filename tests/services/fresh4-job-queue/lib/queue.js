const { EventEmitter } = require('node:events');
const { setTimeout: sleep } = require('node:timers/promises');

// A job queue with a concurrency limit: workers are started with setImmediate
// and pull jobs until the queue is empty; every state change is an event.
class JobQueue extends EventEmitter {
  #pending = [];
  #running = 0;
  #nextId = 1;
  jobs = new Map();

  constructor(handlers, { concurrency = 2 } = {}) {
    super();
    this.handlers = handlers;
    this.concurrency = concurrency;
  }

  add(type, payload) {
    const job = { id: this.#nextId++, type, payload, state: 'queued', attempts: 0 };
    this.jobs.set(job.id, job);
    this.#pending.push(job);
    setImmediate(() => this.#pump());
    return job;
  }

  #pump() {
    while (this.#running < this.concurrency && this.#pending.length > 0) {
      this.#running += 1;
      this.#work(this.#pending.shift());
    }
  }

  async #work(job) {
    job.state = 'running';
    job.attempts += 1;
    try {
      const handler = this.handlers[job.type];
      if (!handler) throw new TypeError(`no handler for ${job.type}`);
      job.result = await handler(job.payload);
      job.state = 'done';
      this.emit('done', job);
    } catch (err) {
      job.state = 'failed';
      job.error = err.message;
      this.emit('failed', job, err);
    } finally {
      this.#running -= 1;
      if (this.#pending.length) setImmediate(() => this.#pump());
      else if (this.#running === 0) this.emit('idle');
    }
  }

  get counts() {
    const counts = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const job of this.jobs.values()) counts[job.state] += 1;
    return counts;
  }
}

const handlers = {
  async resize({ width, height }) {
    await sleep(3);
    return { width: Math.round(width / 2), height: Math.round(height / 2) };
  },
  async checksum({ text }) {
    let sum = 0;
    for (const ch of text) {
      sum = (sum * 31 + ch.codePointAt(0)) % 65521;
      if (sum % 7 === 0) await null;
    }
    return sum;
  },
  async explode() {
    await sleep(1);
    throw new RangeError('boom');
  },
};

module.exports = { JobQueue, handlers };
