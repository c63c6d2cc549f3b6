import { NotFoundException } from '../errors/index.js';
import { stamp } from '../utils/counters.js';

export class BaseService {
  constructor(repository) {
    this.repository = repository;
  }

  // hooks subclasses override
  async beforeCreate(data) {
    return data;
  }

  async afterCreate(entity) {}

  async beforeDelete(entity) {}

  async create(data) {
    const prepared = await this.beforeCreate(data);
    const entity = this.repository.insert(prepared);
    await this.afterCreate(entity);
    return entity;
  }

  get(id) {
    const entity = this.repository.findById(id);
    if (!entity) throw new NotFoundException(this.repository.entityName, id);
    return entity;
  }

  list(query) {
    return this.repository.findMany(query);
  }

  async update(id, patch) {
    const entity = this.get(id);
    Object.assign(entity, patch);
    stamp(entity, this.repository.clock);
    return entity;
  }

  async remove(id) {
    const entity = this.get(id);
    await this.beforeDelete(entity);
    return this.repository.softDelete(id);
  }
}
