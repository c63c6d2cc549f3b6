import express from 'express';
import { LogicalClock } from './utils/clock.js';
import { BaseRepository } from './core/BaseRepository.js';
import { crudRouter } from './core/crudRouter.js';
import { HttpException } from './errors/index.js';
import { ProjectRepository } from './modules/projects/project.repository.js';
import { ProjectService } from './modules/projects/project.service.js';
import { ProjectController } from './modules/projects/project.controller.js';
import { TaskRepository } from './modules/tasks/task.repository.js';
import { TaskService } from './modules/tasks/task.service.js';
import { TaskController } from './modules/tasks/task.controller.js';

export function buildApp() {
  const clock = new LogicalClock();
  const projectService = new ProjectService(new ProjectRepository(clock));
  const taskService = new TaskService(new TaskRepository(clock), projectService);
  const projects = new ProjectController(projectService);
  const tasks = new TaskController(taskService);

  const app = express();
  app.use(express.json());
  app.use('/api/projects', crudRouter(projects, (router) => router.get('/:id/tasks', tasks.byProject)));
  app.use('/api/tasks', crudRouter(tasks));
  app.get('/api/_meta', (req, res) => res.json({ clock: clock.now, sequences: BaseRepository.sequences }));
  app.use((req, res) => res.status(404).json({ error: 'Not Found' }));
  // eslint-disable-next-line no-unused-vars
  app.use((err, req, res, next) => {
    if (err instanceof HttpException) return res.status(err.status).json({ error: err.message, ...err.meta });
    res.status(500).json({ error: 'Internal Server Error' });
  });
  return app;
}
