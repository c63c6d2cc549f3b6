import { handlers } from './handlers.js';

export class Worker {
  static #processed = new Map();
  #busy = false;
  #timer = null;

  constructor(name, queue, everyMs) {
    this.name = name;
    this.queue = queue;
    this.everyMs = everyMs;
  }

  start() {
    this.#timer ??= setInterval(() => this.#tick(), this.everyMs);
  }

  async #tick() {
    if (this.#busy) return;
    const job = this.queue.take();
    if (!job) return;
    this.#busy = true;
    job.tries += 1;
    job.worker = this.name;
    try {
      const result = await handlers[job.type](job.data);
      this.queue.finish(job, result);
    } catch (err) {
      this.queue.fail(job, err);
    } finally {
      Worker.#processed.set(this.name, (Worker.#processed.get(this.name) ?? 0) + 1);
      this.#busy = false;
    }
  }

  static total() {
    return [...Worker.#processed.values()].reduce((a, b) => a + b, 0);
  }
}
