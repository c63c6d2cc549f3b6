'use strict';
const EventEmitter = require('eventemitter3');
const pLimit = require('p-limit');
const { setTimeout: sleep } = require('node:timers/promises');
const nextId = require('#lib/ids');

class JobQueue extends EventEmitter {
  constructor({ handlers, concurrency, maxAttempts, backoff }) {
    super();
    this.handlers = handlers;
    this.limit = pLimit(concurrency);
    this.maxAttempts = maxAttempts;
    this.backoff = backoff;
    this.jobs = new Map();
    this.running = 0;
    this.peak = 0;
  }

  enqueue(type, payload = {}) {
    if (!this.handlers[type]) return null;
    const job = { id: nextId('job'), type, payload, state: 'queued', attempts: 0, log: [] };
    this.jobs.set(job.id, job);
    this.limit(() => this.#run(job)).catch(() => {});
    this.emit('queued', job);
    return job;
  }

  async #run(job) {
    if (job.state === 'cancelled') return;
    this.running += 1;
    this.peak = Math.max(this.peak, this.running);
    job.state = 'running';
    try {
      while (true) {
        job.attempts += 1;
        try {
          job.result = await this.handlers[job.type](job.payload);
          job.state = 'done';
          this.emit('done', job);
          return;
        } catch (err) {
          job.log.push(err.message);
          if (job.attempts >= this.maxAttempts) {
            job.state = 'failed';
            this.emit('failed', job, err);
            return;
          }
          await sleep(this.backoff * 2 ** (job.attempts - 1));
        }
      }
    } finally {
      this.running -= 1;
    }
  }

  cancel(id) {
    const job = this.jobs.get(id);
    if (!job || job.state !== 'queued') return false;
    job.state = 'cancelled';
    this.emit('cancelled', job);
    return true;
  }

  get pending() {
    return this.limit.pendingCount;
  }
}

module.exports = JobQueue;
