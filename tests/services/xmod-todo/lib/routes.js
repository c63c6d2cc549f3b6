const { Router } = require('express');
const store = require('./store');

const router = Router();

router.get('/', (req, res) => {
  const done = req.query.done === undefined ? undefined : req.query.done === 'true';
  res.json(store.list({ done, tag: req.query.tag }));
});

router.post('/', (req, res) => {
  const { title, tags } = req.body ?? {};
  if (typeof title !== 'string' || !title.trim()) {
    return res.status(422).json({ error: 'title is required' });
  }
  res.status(201).json(store.add(title, tags));
});

router.patch('/:id/toggle', (req, res) => {
  const todo = store.toggle(Number(req.params.id));
  return todo ? res.json(todo) : res.sendStatus(404);
});

router.delete('/:id', (req, res) => {
  res.status(store.remove(Number(req.params.id)) ? 204 : 404).end();
});

module.exports = router;
