import { Router } from 'express';

// Another module handed the same container: it sees the same repository instance.
export default function reportRoutes(container) {
  const router = Router();

  router.get('/summary', (req, res) => {
    const tasks = container.resolve('tasks').all();
    res.json({
      open: tasks.filter((t) => !t.done).length,
      done: tasks.filter((t) => t.done).map((t) => t.id),
      clock: container.resolve('clock').now,
      built: container.built,
    });
  });

  router.get('/audit', (req, res) => {
    const audit = container.resolve('audit');
    res.json({ entries: audit.entries, resolutions: container.resolutions });
  });

  router.post('/rename/:id', (req, res) => {
    const task = container.resolve('tasks').rows.get(Number(req.params.id));
    if (!task) return res.sendStatus(404);
    task.title = req.body.title;
    container.resolve('audit').record('rename', task.id);
    res.json(task);
  });

  return router;
}
