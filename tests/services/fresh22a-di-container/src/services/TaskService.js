'use strict';

const { notFound, badRequest } = require('../core/errors');

class TaskService {
  constructor({ repo, audit, config }) {
    this.repo = repo;
    this.audit = audit;
    this.config = config;
    this.completed = 0;
  }

  create({ title, priority = 'normal' } = {}) {
    if (typeof title !== 'string' || !title.trim()) throw badRequest('title is required');
    if (this.repo.findAll().length >= this.config.maxTasks) throw badRequest('too many tasks');
    const task = this.repo.insert({ title: title.trim(), priority });
    this.audit.record('create', task.id);
    return task;
  }

  list(filter) {
    return this.repo.findAll(filter);
  }

  complete(id) {
    const task = this.repo.findById(id);
    if (!task) throw notFound(`task ${id}`);
    if (!task.done) {
      this.repo.update(id, { done: true });
      this.completed++;
      this.audit.record('complete', id);
    }
    return task;
  }

  remove(id) {
    if (!this.repo.remove(id)) throw notFound(`task ${id}`);
    this.audit.record('remove', id);
  }
}

module.exports = TaskService;
