'use strict';

require('express-async-errors');
const express = require('express');
const morgan = require('morgan');

const settings = require('./lib/settings');
const bus = require('./lib/infra/bus');
const alerts = require('./lib/domain/alerts');
const productsRouter = require('./lib/routes/products');
const reservationsRouter = require('./lib/routes/reservations');
const reportsRouter = require('./lib/routes/reports');
const { errorMiddleware } = require('./lib/infra/errors');

alerts.subscribe(bus);

const app = express();
app.use(morgan(settings.logFormat));
app.use(express.json());

app.use('/products', productsRouter);
app.use('/reservations', reservationsRouter);
app.use('/reports', reportsRouter);
app.get('/alerts', (req, res) => res.json(alerts.drain(Number(req.query.limit) || 10)));

app.use(errorMiddleware);

if (require.main === module) {
  app.listen(settings.port, () => console.log(`warehouse-stock on ${settings.port}`));
}

module.exports = app;
