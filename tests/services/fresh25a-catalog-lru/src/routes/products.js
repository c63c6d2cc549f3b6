const { Router } = require('express');
const products = require('../services/products');

const router = Router();

const wrap = (fn) => (req, res, next) => fn(req, res, next).catch(next);

router.post('/', wrap(async (req, res) => {
  const { name, price } = req.body ?? {};
  if (!name || typeof price !== 'number') return res.status(422).json({ error: 'name and numeric price required' });
  res.status(201).json(await products.create(req.body));
}));

router.get('/', wrap(async (req, res) => {
  res.json(await products.ids());
}));

router.get('/:id', wrap(async (req, res) => {
  const { product, source } = await products.get(req.params.id);
  if (!product) return res.status(404).json({ error: 'not found' });
  res.set('X-Cache', source === 'memory' ? 'HIT' : 'MISS').json(product);
}));

router.patch('/:id', wrap(async (req, res) => {
  const product = await products.update(req.params.id, req.body ?? {});
  if (!product) return res.status(404).json({ error: 'not found' });
  res.json(product);
}));

module.exports = router;
