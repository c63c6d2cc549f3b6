'use strict';

const { Router } = require('express');
const _ = require('lodash');
const { LRUCache } = require('lru-cache');
const settings = require('../settings');
const bus = require('../infra/bus');
const inventory = require('../domain/inventory');

const cache = new LRUCache({ max: settings.reportCacheSize });
let computed = 0;

bus.on('stock.changed', () => cache.clear());

function valuation() {
  computed += 1;
  const byCategory = _.groupBy([...inventory.products.values()], 'category');
  return _.mapValues(byCategory, (items) => ({
    skus: items.length,
    units: _.sumBy(items, 'stock'),
    value: _.round(_.sumBy(items, (p) => p.stock * p.price), 2),
  }));
}

const router = Router();

router.get('/valuation', (req, res) => {
  let report = cache.get('valuation');
  const hit = report !== undefined;
  if (!hit) {
    report = valuation();
    cache.set('valuation', report);
  }
  res.set('X-Cache', hit ? 'HIT' : 'MISS');
  res.json({ report, computed });
});

router.get('/movements', (req, res) => {
  const sku = req.query.sku && req.query.sku.toUpperCase();
  const rows = sku ? inventory.movements.filter((m) => m.sku === sku) : inventory.movements;
  res.json({ count: rows.length, net: _.sumBy(rows, 'delta'), last: _.takeRight(rows, 3) });
});

module.exports = router;
