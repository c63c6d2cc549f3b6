const router = require('express').Router();
const bus = require('../lib/bus');

const users = new Map();

router.post('/', (req, res) => {
  const id = `u${users.size + 1}`;
  users.set(id, { id, name: req.body.name });
  bus.emit('user.created', { id });
  res.status(201).json(users.get(id));
});

router.get('/:id', (req, res) => {
  const user = users.get(req.params.id);
  user ? res.json(user) : res.status(404).json({ error: 'no such user' });
});

module.exports = router;
