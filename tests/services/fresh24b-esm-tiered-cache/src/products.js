import { Router } from 'express';
import { cache, l1, l2, cacheEvents } from './cache.js';
import { findProduct, updatePrice, queries } from './db.js';

const router = Router();
const keyOf = (id) => `product:${id}`;

router.get('/products/:id', async (req, res) => {
  const product = await cache.wrap(keyOf(req.params.id), () => findProduct(req.params.id));
  if (!product) return res.status(404).json({ error: 'not found' });
  res.json(product);
});

router.get('/products', async (req, res) => {
  const ids = String(req.query.ids || '').split(',').filter(Boolean);
  const cached = await cache.mget(ids.map(keyOf));
  res.json(Object.fromEntries(ids.map((id, i) => [id, cached[i]?.price ?? null])));
});

router.patch('/products/:id', async (req, res) => {
  const product = await updatePrice(req.params.id, req.body.price);
  if (!product) return res.status(404).json({ error: 'not found' });
  await cache.del(keyOf(product.id));
  res.json(product);
});

router.post('/cache/l1/flush', async (req, res) => {
  await l1.clear();
  res.json({ flushed: 'l1' });
});

router.get('/cache/where/:id', async (req, res) => {
  const key = keyOf(req.params.id);
  res.json({ l1: (await l1.get(key)) !== undefined, l2: (await l2.get(key)) !== undefined });
});

router.get('/stats', (req, res) => {
  res.json({ queries: queries.count, queried: queries.log, events: cacheEvents });
});

export default router;
