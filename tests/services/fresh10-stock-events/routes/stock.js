const { Router } = require('express');
const inventory = require('../services/inventory');

const router = Router();

router.post('/:sku/receive', (req, res) => {
  const total = inventory.receive(req.params.sku, Number(req.body.qty ?? 1));
  res.status(201).json({ sku: req.params.sku, total });
});

router.post('/:sku/ship', (req, res) => {
  const ok = inventory.ship(req.params.sku, Number(req.body.qty ?? 1));
  if (!ok) return res.status(409).json({ error: 'not enough stock' });
  res.json({ sku: req.params.sku, left: inventory.items.get(req.params.sku) });
});

router.get('/', (req, res) => res.json(Object.fromEntries(inventory.items)));

module.exports = router;
