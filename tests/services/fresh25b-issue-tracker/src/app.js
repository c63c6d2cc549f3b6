'use strict';

const express = require('express');
const helmet = require('helmet');
const cors = require('cors');
const defaultConfig = require('./config');
const { createRepos } = require('./repositories');
const { createClock } = require('./utils/clock');
const { createBus } = require('./events/bus');
const { createServices } = require('./services');
const { requestId } = require('./middleware/requestId');
const { notFound, errorHandler } = require('./middleware/errorHandler');
const apiRouter = require('./routes');

function createApp({ config = defaultConfig, repos = createRepos(), clock = createClock(config.clockStart) } = {}) {
  const bus = createBus(clock);
  const services = createServices({ repos, bus, clock, config });
  const errorStats = {};

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 1);
  app.use(helmet({ contentSecurityPolicy: false }));
  app.use(cors({ origin: config.corsOrigins, exposedHeaders: ['X-Total-Count', 'X-Request-Id'] }));
  app.use(requestId({ prefix: 'trk' }));
  app.use(express.json({ limit: '100kb' }));

  app.get('/health', (req, res) => res.json({ ok: true, events: bus.published, now: clock.iso() }));
  app.use('/api', apiRouter({ services, config, clock, errorStats }));
  app.use(notFound);
  app.use(errorHandler(errorStats));
  return app;
}

module.exports = { createApp };
