const { Router } = require('express');
const service = require('../services/todos');

const router = Router();

router.param('id', (req, res, next, id) => {
  const todo = service.find(Number(id));
  if (!todo) return res.status(404).json({ error: `no todo ${id}` });
  req.todo = todo;
  next();
});

router.get('/', (req, res) => res.json(service.list()));

router.post('/', ({ body }, res) => {
  if (!body?.title) return res.status(400).json({ error: 'title required' });
  res.status(201).json(service.create(body.title));
});

router.patch('/:id', (req, res) => {
  Object.assign(req.todo, req.body);
  res.json(req.todo);
});

router.post('/:id/toggle', ({ todo }, res) => {
  todo.done = !todo.done;
  res.json({ id: todo.id, done: todo.done });
});

router.post('/:id/tags', async (req, res) => {
  const count = await service.tag(req.todo, req.body.tag);
  res.json({ count });
});

module.exports = router;
