import { Router } from 'express';
import { products } from '../repos/products.js';

const router = Router();

router.post('/', async (req, res) => {
  const body = req.body ?? {};
  const result = Array.isArray(body) ? await products.insertMany(body) : await products.insert(body);
  res.status(201).json(result);
});

router.get('/', async (req, res) => {
  const ids = req.query.ids?.split(',');
  res.json(ids ? await products.findMany(ids) : products.all());
});

router.get('/low-stock', (req, res) => res.json(products.lowStock(Number(req.query.below ?? 5))));

router.get('/:id', async (req, res) => res.json(await products.findById(req.params.id)));

router.post('/:id/restock', async (req, res) => {
  res.json(await products.restock(req.params.id, Number(req.body?.qty ?? 1)));
});

router.post('/flush', (req, res) => res.json({ flushed: products.flush('manual') }));

router.get('/_/disk', (req, res) => res.json({ dirty: products.dirty, disk: products.disk }));

export default router;
