const { Router } = require('express');

const router = Router();
const items = new Map();
let nextId = 1;

router.get('/', (req, res) => res.json([...items.values()]));
router.post('/', (req, res) => {
  const item = { id: nextId++, name: req.body.name, qty: req.body.qty || 0 };
  items.set(item.id, item);
  res.status(201).json(item);
});
router.route('/:id')
  .get((req, res) => {
    const item = items.get(Number(req.params.id));
    item ? res.json(item) : res.status(404).json({ error: 'not found' });
  })
  .patch((req, res) => {
    const item = items.get(Number(req.params.id));
    if (!item) return res.status(404).json({ error: 'not found' });
    Object.assign(item, req.body);
    res.json(item);
  })
  .delete((req, res) => {
    res.status(items.delete(Number(req.params.id)) ? 204 : 404).end();
  });

module.exports = router;
