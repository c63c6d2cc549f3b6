import { Router } from 'express';

// The repository is resolved once, when the router is built; the audit log lazily per request.
export default function taskRoutes(container) {
  const router = Router();
  const tasks = container.resolve('tasks');

  router.post('/', (req, res) => {
    const task = tasks.create(req.body.title);
    container.resolve('audit').record('create', task.id);
    res.status(201).json(task);
  });

  router.post('/:id/complete', (req, res) => {
    const task = tasks.complete(Number(req.params.id));
    if (!task) return res.status(409).json({ error: 'not open' });
    container.resolve('audit').record('complete', task.id);
    res.json(task);
  });

  router.get('/', (req, res) => res.json(tasks.all()));
  return router;
}
