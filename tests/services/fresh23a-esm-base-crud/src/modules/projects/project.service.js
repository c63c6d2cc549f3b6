import { BaseService } from '../../core/BaseService.js';
import { ConflictException } from '../../errors/index.js';

export class ProjectService extends BaseService {
  async beforeCreate(data) {
    if (this.repository.findByKey(data.key)) throw new ConflictException(`project key ${data.key} is taken`);
    return { ...data, taskCount: 0, openTasks: 0 };
  }

  async beforeDelete(project) {
    if (project.openTasks > 0) throw new ConflictException(`project ${project.key} still has ${project.openTasks} open tasks`);
  }
}
