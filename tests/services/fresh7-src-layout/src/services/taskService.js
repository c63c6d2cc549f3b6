const db = require('../db');
const config = require('../config');
const { validateTask } = require('../models/task');
const projectService = require('./projectService');
const NotFound = require('../middleware/notFoundError');
const { ConflictError } = require('../utils/errors');

const TABLE = 'tasks';

class TaskService {
  create(input) {
    const data = validateTask(input);
    if (data.projectId !== undefined) {
      const project = projectService.get(data.projectId);
      if (project.archived) throw new ConflictError(`project ${project.name} is archived`);
    }
    return db.insert(TABLE, { projectId: null, ...data });
  }

  list({ page = 1, status, projectId } = {}) {
    const where = {};
    if (status) where.status = status;
    if (projectId) where.projectId = Number(projectId);
    const all = db.findAll(TABLE, { where });
    const start = (page - 1) * config.pageSize;
    return {
      page,
      pages: Math.max(1, Math.ceil(all.length / config.pageSize)),
      total: all.length,
      items: all.slice(start, start + config.pageSize).map(({ id, title, status }) => ({ id, title, status })),
    };
  }

  get(id) {
    return db.findById(TABLE, id) ?? (() => { throw new NotFound(`task ${id}`); })();
  }

  update(id, input) {
    const changes = validateTask(input, { partial: true });
    return db.update(TABLE, id, changes) ?? (() => { throw new NotFound(`task ${id}`); })();
  }

  remove(id) {
    if (!db.softDelete(TABLE, id)) throw new NotFound(`task ${id}`);
  }

  restore(id) {
    return db.restore(TABLE, id) ?? (() => { throw new NotFound(`deleted task ${id}`); })();
  }

  trash() {
    return db.findAll(TABLE, { withDeleted: true }).filter((t) => t.deletedAt !== null).map((t) => t.id);
  }

  purge() {
    return db.purge(TABLE);
  }
}

module.exports = new TaskService();
