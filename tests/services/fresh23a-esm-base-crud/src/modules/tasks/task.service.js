import { BaseService } from '../../core/BaseService.js';
import { ConflictException } from '../../errors/index.js';
import { bump, stamp } from '../../utils/counters.js';

export class TaskService extends BaseService {
  #projects;
  #transitions = { open: ['doing', 'done'], doing: ['open', 'done'], done: ['open'] };

  constructor(repository, projectService) {
    super(repository);
    this.#projects = projectService;
  }

  async beforeCreate(data) {
    const project = this.#projects.get(data.projectId);
    return { ...data, status: 'open', number: `${project.key}-${bump(project, 'taskCount')}` };
  }

  async afterCreate(task) {
    bump(this.#projects.get(task.projectId), 'openTasks');
  }

  async update(id, patch) {
    const task = this.get(id);
    if (patch.status && patch.status !== task.status) {
      if (!this.#transitions[task.status].includes(patch.status)) {
        throw new ConflictException(`cannot move ${task.number} from ${task.status} to ${patch.status}`);
      }
      const project = this.#projects.get(task.projectId);
      if (patch.status === 'done') bump(project, 'openTasks', -1);
      if (task.status === 'done') bump(project, 'openTasks');
      stamp(project, this.repository.clock);
    }
    return super.update(id, patch);
  }

  async beforeDelete(task) {
    if (task.status !== 'done') bump(this.#projects.get(task.projectId), 'openTasks', -1);
  }
}
