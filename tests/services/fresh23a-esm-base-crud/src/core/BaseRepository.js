import { compareBy } from '../utils/query.js';

export class BaseRepository {
  static #sequences = new Map();
  #items = new Map();

  constructor(clock) {
    this.clock = clock;
  }

  get entityName() {
    return this.constructor.name.replace(/Repository$/, '');
  }

  #nextId() {
    const prefix = this.entityName[0].toLowerCase();
    const n = (BaseRepository.#sequences.get(prefix) ?? 0) + 1;
    BaseRepository.#sequences.set(prefix, n);
    return `${prefix}${n}`;
  }

  insert(data) {
    const entity = { id: this.#nextId(), ...data, createdAt: this.clock.tick(), version: 1 };
    this.#items.set(entity.id, entity);
    return entity;
  }

  findById(id, { withDeleted = false } = {}) {
    const entity = this.#items.get(id);
    return entity && (withDeleted || !entity.deletedAt) ? entity : undefined;
  }

  findMany({ filter = {}, sort = ['id'], page = { number: 1, size: 10 } } = {}) {
    const rows = [...this.#items.values()]
      .filter((e) => !e.deletedAt)
      .filter((e) => Object.entries(filter).every(([k, v]) => String(e[k]) === String(v)))
      .sort(compareBy(sort));
    const start = (page.number - 1) * page.size;
    return { data: rows.slice(start, start + page.size), meta: { total: rows.length, page: page.number, size: page.size } };
  }

  softDelete(id) {
    const entity = this.findById(id);
    if (entity) entity.deletedAt = this.clock.tick();
    return entity;
  }

  static get sequences() {
    return Object.fromEntries(BaseRepository.#sequences);
  }
}
