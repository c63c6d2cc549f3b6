'use strict';
const { Router } = require('express');
const services = require('../lib/services');
const catalog = require('../lib/catalog');

const router = Router();

router.post('/init', (req, res) => res.json(services.init()));

router.put('/catalog/:sku', (req, res) => {
  if (!services.limiterFor('admin', 2).take('admin')) return res.status(429).json({ error: 'admin limit' });
  catalog.set(req.params.sku, Number(req.body.cents));
  services.price.clear();
  res.json({ sku: req.params.sku, cents: Number(req.body.cents) });
});

router.post('/refill', (req, res) => {
  const rounds = Object.values(services.limiters).map((limiter) => limiter.refill());
  res.json({ rounds });
});

router.get('/stats', (req, res) => {
  res.json({
    memo: services.price.stats(),
    priced: catalog.stats.priced,
    limiters: Object.keys(services.limiters).map((name) => services.limiters[name].snapshot()),
  });
});

module.exports = router;
