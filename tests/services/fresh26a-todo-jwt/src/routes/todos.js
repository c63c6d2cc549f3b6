const express = require('express');
const db = require('../db');
const { requireAuth } = require('../auth');
const { ValidationError } = require('../errors');
const { createTodo, findOwnTodo, patchTodo } = require('../utils');

const router = express.Router();
router.use(requireAuth);

router.get('/', (req, res) => {
  const { done, tag, sort = 'createdAt' } = req.query;
  let list = [...db.todos.values()].filter((t) => t.ownerId === req.user.id);
  if (done !== undefined) list = list.filter((t) => t.done === (done === 'true'));
  if (tag) list = list.filter((t) => t.tags.includes(tag));
  list.sort((a, b) => (sort === 'title' ? a.title.localeCompare(b.title) : a.createdAt - b.createdAt));
  res.json({ count: list.length, items: list.map(({ ownerId, ...t }) => t) });
});

router.post('/', (req, res) => {
  const title = req.body?.title;
  if (typeof title !== 'string' || !title.trim()) throw new ValidationError(['title is required']);
  const todo = createTodo(req.user.id, req.body);
  res.status(201).location(`/todos/${todo.id}`).json(todo);
});

router.patch('/:id', (req, res) => {
  res.json(patchTodo(findOwnTodo(req.user.id, req.params.id), req.body ?? {}));
});

router.post('/:id/toggle', async (req, res) => {
  const todo = findOwnTodo(req.user.id, req.params.id);
  await Promise.resolve();
  todo.done = !todo.done;
  res.json({ id: todo.id, done: todo.done });
});

router.delete('/{:id}', (req, res) => {
  if (!req.params.id) {
    // DELETE /todos clears the finished ones
    let removed = 0;
    for (const [id, t] of db.todos) {
      if (t.ownerId === req.user.id && t.done) { db.todos.delete(id); removed++; }
    }
    return res.json({ removed });
  }
  const todo = findOwnTodo(req.user.id, req.params.id);
  db.todos.delete(todo.id);
  res.status(204).end();
});

module.exports = router;
