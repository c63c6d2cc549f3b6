'use strict';

const express = require('express');
const schemas = require('../domain/schemas');
const inventory = require('../domain/inventory');

const router = express.Router();

router.get('/', (req, res) => {
  res.json(inventory.list({ category: req.query.category, sort: req.query.sort }));
});

router.post('/', async (req, res) => {
  const product = await schemas.product.validateAsync(req.body, { abortEarly: false });
  res.status(201).json(inventory.add(product));
});

router.get('/:sku', (req, res) => {
  res.json(inventory.get(req.params.sku));
});

router.post('/:sku/adjustments', async (req, res) => {
  const adjustment = await schemas.adjustment.validateAsync(req.body);
  res.json(inventory.adjust(req.params.sku, adjustment));
});

module.exports = router;
