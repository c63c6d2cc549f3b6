import container from './lib/container.js';
import { makeClock } from './lib/clock.js';
import { TaskRepository } from './repos/tasks.js';
import { AuditLog } from './repos/audit.js';

container
  .register('clock', () => makeClock(100))
  .register('tasks', (c) => new TaskRepository(c.resolve('clock')))
  .register('audit', (c) => new AuditLog(c.resolve('clock')))
  .register('requestTag', (c) => `req-${c.resolve('clock').tick()}`, { lifetime: 'transient' });

export default container;
