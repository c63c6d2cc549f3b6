const { Router } = require('express');
const _ = require('lodash');
const service = require('../services/orderService');
const inventory = require('../services/inventory');
const { transitions } = require('../services/metrics');
const { cacheStats } = require('../services/pricing');
const Order = require('../models/Order');

const router = Router();

router.get('/', (req, res) => {
  const byStatus = _.mapValues(_.groupBy(service.all(), 'status'), (os) => _.sumBy(os, 'quote.total'));
  res.json({ created: Order.count, byStatus, transitions, inventory: inventory.levels(), cache: cacheStats() });
});

module.exports = router;
