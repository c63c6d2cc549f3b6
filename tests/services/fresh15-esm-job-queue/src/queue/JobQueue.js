import { EventEmitter } from 'node:events';
import pLimit from 'p-limit';

export class JobQueue extends EventEmitter {
  #jobs = new Map();
  #handlers = new Map();
  #limit;
  #seq = 0;
  #options;

  constructor({ concurrency, maxAttempts, retryDelayMs }) {
    super();
    this.#limit = pLimit(concurrency);
    this.#options = { maxAttempts, retryDelayMs };
  }

  register(type, handler) {
    this.#handlers.set(type, handler);
    return this;
  }

  get types() {
    return [...this.#handlers.keys()];
  }

  add(type, payload) {
    if (!this.#handlers.has(type)) throw new RangeError(`no handler for job type "${type}"`);
    const job = { id: `job_${++this.#seq}`, type, payload, status: 'queued', attempts: 0, result: null, error: null };
    this.#jobs.set(job.id, job);
    this.emit('queued', job);
    this.#schedule(job);
    return job;
  }

  get(id) {
    return this.#jobs.get(id);
  }

  list(status) {
    return [...this.#jobs.values()].filter((j) => !status || j.status === status);
  }

  cancel(id) {
    const job = this.#jobs.get(id);
    if (!job || !['queued', 'retrying'].includes(job.status)) return false;
    job.status = 'cancelled';
    this.emit('cancelled', job);
    return true;
  }

  #schedule(job) {
    this.#limit(() => this.#run(job));
  }

  async #run(job) {
    if (job.status === 'cancelled') return;
    job.status = 'running';
    job.attempts += 1;
    try {
      job.result = await this.#handlers.get(job.type)(job.payload, job);
      job.status = 'done';
      this.emit('done', job);
    } catch (err) {
      job.error = err.message;
      if (job.attempts < this.#options.maxAttempts) {
        job.status = 'retrying';
        this.emit('retrying', job);
        setTimeout(() => this.#schedule(job), this.#options.retryDelayMs * job.attempts);
      } else {
        job.status = 'failed';
        this.emit('failed', job);
      }
    }
  }
}
