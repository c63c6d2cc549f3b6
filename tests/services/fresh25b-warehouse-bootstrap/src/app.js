'use strict';

const express = require('express');
const { Catalog } = require('./services/catalog');
const { AlertService } = require('./services/alerts');
const { StockService } = require('./services/stock');
const { PickingService } = require('./services/picking');
const { CycleCountService } = require('./services/counts');
const routes = require('./routes');
const errors = require('./middleware/errors');

async function createApp({ db, clock, config }) {
  const catalog = new Catalog(db);
  const alerts = new AlertService({ db, catalog, clock });
  const stock = new StockService({ db, catalog, alerts, clock });
  const picking = new PickingService({ db, stock, catalog, config });
  const counts = new CycleCountService({ db, stock, config });
  const services = { catalog, alerts, stock, picking, counts };

  await catalog.warm();
  for (const item of await catalog.all()) await alerts.check(item.sku);

  const app = express();
  app.use(express.json());
  app.use('/api/v1', routes({ services, db, clock }));
  app.use((req, res) => res.status(404).json({ code: 'NOT_FOUND', message: req.path }));
  app.use(errors);
  return app;
}

module.exports = { createApp };
