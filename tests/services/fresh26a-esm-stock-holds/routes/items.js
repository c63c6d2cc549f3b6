import { Router } from 'express';
import { inventory } from '../lib/inventory.js';

const router = Router();

router.put('/:sku', (req, res) => {
  const qty = Number.parseInt(req.body?.qty ?? '0', 10);
  if (Number.isNaN(qty)) return res.status(400).json({ error: 'qty must be an integer' });
  res.json(inventory.upsert(req.params.sku, { name: req.body?.name, qty }));
});

router.get('/', (req, res) => {
  res.json([...inventory.items.values()].map((item) => inventory.view(item)));
});

router.get('/:sku', (req, res) => res.json(inventory.view(inventory.item(req.params.sku))));

export default router;
