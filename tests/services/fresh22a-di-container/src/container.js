'use strict';

// Composition root: every dependency is wired here, nothing else news up services.
const { Container } = require('./core/container');
const LogicalClock = require('./core/clock');
const TaskRepository = require('./repositories/TaskRepository');
const TaskService = require('./services/TaskService');
const AuditLog = require('./services/AuditLog');
const TaskController = require('./controllers/TaskController');
const AdminController = require('./controllers/AdminController');

let transientSeq = 0;

const container = new Container();

container
  .register('config', () => Object.freeze({ maxTasks: Number(process.env.MAX_TASKS ?? 4) }))
  .register('clock', () => new LogicalClock())
  .register('taskRepo', (c) => new TaskRepository(c.resolve('clock')))
  .register('audit', (c) => new AuditLog(c.resolve('clock')))
  .register('taskService', (c) => new TaskService({
    repo: c.resolve('taskRepo'),
    audit: c.resolve('audit'),
    config: c.resolve('config'),
  }))
  .register('taskController', (c) => new TaskController(c.resolve('taskService')))
  .register('adminController', (c) => new AdminController(c, c.resolve('audit')))
  .register('requestIds', () => {
    const base = ++transientSeq * 100;
    let n = 0;
    return { next: () => base + ++n };
  }, { lifetime: 'transient' });

module.exports = container;
