import { BaseRepository } from '../../core/BaseRepository.js';

export class ProjectRepository extends BaseRepository {
  findByKey(key) {
    return this.findMany({ filter: { key } }).data[0];
  }
}
