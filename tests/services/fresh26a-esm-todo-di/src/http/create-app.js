import express, { Router } from 'express';
import { HttpError } from '../services/todo.service.js';

export function createApp({ todos }) {
  const app = express();
  app.use(express.json());

  const router = Router();
  router.get('/', todos.list);
  router.post('/', todos.create);
  router.post('/:id/complete', todos.complete);
  router.delete('/:id', todos.remove);
  app.use('/todos', router);
  app.get('/history', todos.history);

  app.use((err, req, res, next) => {
    if (err instanceof HttpError) return res.status(err.status).json({ error: err.message });
    res.status(500).json({ error: 'internal server error' });
  });
  return app;
}
