const express = require('express');
const asyncHandler = require('../utils/async-handler');
const inventory = require('../services/inventory');

const router = express.Router();

router.get('/', (req, res) => res.json(inventory.snapshot()));

router.get('/:sku', asyncHandler(async (req, res) => {
  res.json({ sku: req.params.sku, left: await inventory.available(req.params.sku) });
}));

router.put('/:sku', asyncHandler(async (req, res, next) => {
  const qty = Number(req.body.add);
  if (!Number.isInteger(qty) || qty <= 0) return next(Object.assign(new Error('add must be a positive integer'), { status: 422 }));
  res.json({ sku: req.params.sku, left: await inventory.restock(req.params.sku, qty) });
}));

module.exports = router;
