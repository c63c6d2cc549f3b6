// A generic in-memory repository with lifecycle hooks and a "disk" it flushes to.
import { setTimeout as sleep } from 'node:timers/promises';

export class NotFoundError extends Error {
  status = 404;
}

export class BaseRepository {
  #rows = new Map();
  #seq = 0;
  disk = [];          // what a flush wrote, newest last
  dirty = 0;

  constructor(name) {
    this.name = name;
  }

  async insert(data) {
    await sleep(1);
    const row = { id: ++this.#seq, ...data, version: 1 };
    this.#rows.set(row.id, row);
    this.dirty++;
    return row;
  }

  async findById(id) {
    const row = this.#rows.get(Number(id));
    if (!row) throw new NotFoundError(`${this.name} ${id} not found`);
    return row;
  }

  async update(id, patch) {
    const row = await this.findById(id);
    Object.assign(row, patch, { version: row.version + 1 });
    this.dirty++;
    return row;
  }

  all() {
    return [...this.#rows.values()];
  }

  flush(reason = 'manual') {
    if (!this.dirty) return 0;
    this.disk.push(`${reason}:${this.dirty}:${this.all().map((r) => `${r.id}v${r.version}`).join(',')}`);
    const n = this.dirty;
    this.dirty = 0;
    return n;
  }
}
