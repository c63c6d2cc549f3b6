const { Router } = require('express');
const inventory = require('../models/Inventory');

const router = Router();

const wrap = (fn) => (req, res, next) => {
  try {
    fn(req, res);
  } catch (e) {
    next(e);
  }
};

router.post('/:sku/receive', wrap((req, res) => {
  const { qty, unit } = req.body;
  res.status(201).json(inventory.receive(req.params.sku, Number(qty), unit));
}));

router.post('/:sku/reserve', wrap((req, res) => {
  const result = inventory.reserve(req.params.sku, Number(req.body.qty));
  if (!result) return res.sendStatus(404);
  res.json(result);
}));

router.post('/:sku/ship', wrap((req, res) => {
  const shipped = inventory.ship(req.params.sku);
  shipped ? res.json(shipped) : res.status(409).json({ error: 'nothing reserved' });
}));

router.get('/:sku', (req, res) => {
  const item = inventory.find(req.params.sku);
  if (!item) return res.status(404).json({ error: 'unknown sku' });
  res.json(item);
});

module.exports = router;
