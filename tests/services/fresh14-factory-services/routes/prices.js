'use strict';
const { Router } = require('express');
const services = require('../lib/services');

const router = Router();

router.use((req, res, next) => {
  const user = req.get('x-user') || 'anon';
  if (!services.limiterFor('prices', 3).take(user)) return res.status(429).json({ error: `slow down ${user}` });
  next();
});

router.get('/:sku', (req, res) => {
  const qty = Number(req.query.qty ?? 1);
  const cents = services.price(req.params.sku, qty);
  if (cents === null) return res.status(404).json({ error: 'unknown sku' });
  res.json({ sku: req.params.sku, qty, cents });
});

module.exports = router;
