import { Router } from 'express';
import * as orders from '../services/orders.js';

const router = Router();

router.post('/', async (req, res, next) => {
  try {
    req.log.info('request', { body: req.body });
    const order = await orders.place(req.body);
    req.log.info('responding', { order: order.id });
    res.status(201).json({ order, requestId: req.id, stock: orders.remaining() });
  } catch (err) {
    next(err);
  }
});

router.get('/:id', (req, res) => {
  const order = orders.get(Number(req.params.id));
  if (!order) return res.status(404).json({ error: 'no such order', requestId: req.id });
  req.log.info('read', { order: order.id });
  res.json(order);
});

export default router;
