const { Router } = require('express');
const products = require('../lib/products');

const router = Router();

router.get('/', (req, res) => {
  res.json(products.list(req.query.tag));
});

router.get('/:id', (req, res) => {
  const product = products.find(Number(req.params.id));
  if (!product) return res.status(404).json({ error: `no product ${req.params.id}` });
  res.json({ ...product, computed: products.computed });
});

router.post('/', (req, res) => {
  if (!req.body?.name) return res.status(400).json({ error: 'name is required' });
  res.status(201).json(products.create(req.body));
});

router.patch('/:id', (req, res) => {
  const product = products.update(Number(req.params.id), req.body);
  if (!product) return res.status(404).json({ error: `no product ${req.params.id}` });
  res.json(product);
});

router.delete('/:id', (req, res) => {
  if (!products.remove(Number(req.params.id))) return res.status(404).json({ error: 'gone' });
  res.status(204).end();
});

module.exports = router;
