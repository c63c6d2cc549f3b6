import { Router } from 'express';

export function createUserRouter(userService) {
  const router = Router();
  router.post('/', (req, res) => res.status(201).json(userService.register(req.body ?? {})));
  router.post('/:id/login', (req, res) => res.json(userService.login(Number(req.params.id))));
  router.get('/:id', (req, res) => {
    const user = userService.repository.findById(Number(req.params.id));
    user ? res.json(user) : res.status(404).json({ error: 'not found' });
  });
  return router;
}
