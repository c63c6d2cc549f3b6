import { readFile, writeFile, rename, mkdir } from 'node:fs/promises';
import path from 'node:path';

// write-through JSON persistence with an in-memory index by id and by tag
export class JsonStore {
  #file;
  #rows = [];
  #byId = new Map();
  #byTag = new Map();
  #writes = 0;
  #ready;

  constructor(dir, name) {
    this.#file = path.join(dir, `${name}.json`);
    this.#ready = this.#load();
  }

  async #load() {
    try {
      this.#rows = JSON.parse(await readFile(this.#file, 'utf8'));
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
      this.#rows = [];
    }
    this.#reindex();
  }

  #reindex() {
    this.#byId = new Map(this.#rows.map((r) => [r.id, r]));
    this.#byTag.clear();
    for (const row of this.#rows) {
      for (const tag of row.tags ?? []) {
        if (!this.#byTag.has(tag)) this.#byTag.set(tag, new Set());
        this.#byTag.get(tag).add(row.id);
      }
    }
  }

  async #flush() {
    const tmp = `${this.#file}.tmp`;
    await mkdir(path.dirname(this.#file), { recursive: true });
    await writeFile(tmp, JSON.stringify(this.#rows, null, 2));
    await rename(tmp, this.#file);
    this.#writes++;
  }

  ready() {
    return this.#ready;
  }

  get(id) {
    return this.#byId.get(id);
  }

  tagged(tag) {
    return [...(this.#byTag.get(tag) ?? [])].map((id) => this.#byId.get(id));
  }

  async add(entry) {
    const id = Math.max(0, ...this.#rows.map((r) => r.id)) + 1;
    const row = { id, ...entry };
    this.#rows.push(row);
    this.#reindex();
    await this.#flush();
    return row;
  }

  async remove(id) {
    const before = this.#rows.length;
    this.#rows = this.#rows.filter((r) => r.id !== id);
    if (this.#rows.length === before) return false;
    this.#reindex();
    await this.#flush();
    return true;
  }

  get stats() {
    return { rows: this.#rows.length, tags: [...this.#byTag.keys()].sort(), writes: this.#writes };
  }
}
