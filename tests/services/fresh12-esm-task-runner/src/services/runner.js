import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { nextTaskId } from '../lib/ids.js';

export class Runner extends EventEmitter {
  #tasks = new Map();
  #controllers = new Map();
  concurrency = 2;
  running = 0;

  submit({ name, steps = 1, stepMs = 10 }) {
    const task = { id: nextTaskId(), name, steps, done: 0, state: 'queued' };
    this.#tasks.set(task.id, task);
    const controller = new AbortController();
    this.#controllers.set(task.id, controller);
    this.#run(task, stepMs, controller.signal);
    return structuredClone(task);
  }

  async #run(task, stepMs, signal) {
    this.running++;
    task.state = 'running';
    try {
      for (let i = 0; i < task.steps; i++) {
        await sleep(stepMs, undefined, { signal });
        task.done++;
      }
      task.state = 'finished';
      this.emit('finished', task);
    } catch (err) {
      task.state = err.name === 'AbortError' ? 'cancelled' : 'failed';
      this.emit('cancelled', task);
    } finally {
      this.running--;
      this.#controllers.delete(task.id);
      this.emit(`end:${task.id}`, task);
    }
  }

  cancel(id) {
    const c = this.#controllers.get(id);
    if (!c) return false;
    c.abort();
    return true;
  }

  get(id) { return this.#tasks.get(id); }

  async wait(id) {
    const task = this.#tasks.get(id);
    if (!task) return null;
    if (task.state === 'finished' || task.state === 'cancelled') return task;
    const [ended] = await once(this, `end:${id}`);
    return ended;
  }

  list() { return [...this.#tasks.values()]; }
}

export const runner = new Runner();
