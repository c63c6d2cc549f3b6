import { readFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { flagSchema } from '../schemas/flag.js';

class FlagStore extends EventEmitter {
  #flags = {};
  #revisions = [];
  static #instance;

  static get instance() {
    return (FlagStore.#instance ??= new FlagStore());
  }

  load(url) {
    const raw = JSON.parse(readFileSync(url, 'utf8'));
    for (const [name, value] of Object.entries(raw)) this.#flags[name] = flagSchema.parse(value);
  }

  get(name) {
    return Object.hasOwn(this.#flags, name) ? this.#flags[name] : undefined;
  }

  all() { return structuredClone(this.#flags); }

  set(name, value, by) {
    this.#revisions.push({ by, flags: structuredClone(this.#flags) });
    this.#flags[name] = { ...this.#flags[name], ...value };
    this.emit('change', name);
    return this.#flags[name];
  }

  rollback() {
    const last = this.#revisions.pop();
    if (!last) return null;
    this.#flags = last.flags;
    this.emit('change', '*');
    return last.by;
  }

  get revisions() { return this.#revisions.length; }
  get lastAuthor() { return this.#revisions.at(-1)?.by ?? null; }
}

export const store = FlagStore.instance;
store.load(new URL('../../config/flags.json', import.meta.url));
