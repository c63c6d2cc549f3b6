'use strict';

const express = require('express');
const defaults = require('./config');
const events = require('./lib/events');
const { ManualClock } = require('./lib/clock');
const { createRepos } = require('./repositories');
const buildServices = require('./services');
const { createRequestLog } = require('./middleware/requestLog');
const errorHandler = require('./middleware/errorHandler');
const routes = require('./routes');

function createApp({ config = defaults, repos = createRepos(), clock = new ManualClock(config.startDate) } = {}) {
  const services = buildServices({ repos, clock, config });
  const requestLog = createRequestLog(config.logFormat);
  const errorTally = {};

  const app = express();
  app.use(requestLog.middleware);
  app.use(express.json());
  app.use((req, res, next) => {
    services.holds.sweep();
    next();
  });
  app.use(routes({ repos, services, clock, requestLog, errorTally, events }));
  app.use((req, res) => res.status(404).json({ error: { code: 'NO_ROUTE', message: `${req.method} ${req.path}` } }));
  app.use(errorHandler(errorTally));
  return app;
}

module.exports = { createApp };
