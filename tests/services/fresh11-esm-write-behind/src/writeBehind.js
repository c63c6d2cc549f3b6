import { writeFile, readFile } from 'node:fs/promises';

// A write-behind cache: writes land in memory at once and reach the file after a quiet period.
export class WriteBehindCache {
  #data = new Map();
  #dirty = new Set();
  #timer = null;
  #flushes = [];
  #file;
  #delay;

  constructor(file, { delayMs = 200 } = {}) {
    this.#file = file;
    this.#delay = delayMs;
  }

  set(key, value) {
    this.#data.set(key, value);
    this.#dirty.add(key);
    this.#schedule();
    return this.#dirty.size;
  }

  get(key) {
    return this.#data.get(key);
  }

  #schedule() {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#flush(), this.#delay);
  }

  async #flush() {
    this.#timer = null;
    const keys = [...this.#dirty].sort();
    this.#dirty.clear();
    const snapshot = Object.fromEntries([...this.#data].sort(([a], [b]) => a.localeCompare(b)));
    await writeFile(this.#file, JSON.stringify(snapshot));
    this.#flushes.push(keys);
  }

  async onDisk() {
    try {
      return JSON.parse(await readFile(this.#file, 'utf8'));
    } catch (err) {
      return { missing: err.code };
    }
  }

  get status() {
    return { pending: [...this.#dirty].sort(), scheduled: this.#timer !== null, flushes: this.#flushes };
  }
}
