import { handlers } from './handlers.js';

class Queue {
  waiting = [];
  done = [];
  parked = [];
  paused = false;
  #jobs = new Map();
  #nextId = 1;

  push({ type, data, maxRetries }) {
    if (!(type in handlers)) throw new Error(`unknown job type ${type}`);
    const job = { id: this.#nextId++, type, data, maxRetries, tries: 0, state: 'waiting', result: null, error: null };
    this.#jobs.set(job.id, job);
    this.waiting.push(job);
    return { id: job.id, type, state: job.state };
  }

  take() {
    if (this.paused) return undefined;
    const job = this.waiting.shift();
    if (job) job.state = 'running';
    return job;
  }

  finish(job, result) {
    Object.assign(job, { state: 'done', result });
    this.done.push(job.id);
  }

  fail(job, error) {
    job.error = error.message;
    if (job.tries <= job.maxRetries) {
      job.state = 'waiting';
      this.waiting.push(job);
    } else {
      job.state = 'parked';
      this.parked.push(job.id);
    }
  }

  find(id) {
    return this.#jobs.get(id);
  }

  summary() {
    return {
      paused: this.paused,
      waiting: this.waiting.map((j) => j.id),
      done: this.done.toSorted((a, b) => a - b),
      parked: [...this.parked],
    };
  }
}

export const queue = new Queue();
