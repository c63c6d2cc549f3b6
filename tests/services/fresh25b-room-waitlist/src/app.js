'use strict';

const express = require('express');
const defaultConfig = require('./config');
const { fixedClock } = require('./utils/clock');
const { createRepos } = require('./repositories');
const { AsyncBus } = require('./events');
const createServices = require('./services');
const requireUser = require('./middleware/user');
const sweep = require('./middleware/sweep');
const errorHandler = require('./middleware/errors');
const roomRoutes = require('./routes/rooms');
const bookingRoutes = require('./routes/bookings');
const adminRoutes = require('./routes/admin');

function createApp({ config = defaultConfig, repos = createRepos(), clock = fixedClock(config.now) } = {}) {
  const bus = new AsyncBus();
  const services = createServices({ repos, clock, config, bus });

  const app = express();
  app.use(express.json());
  app.use(sweep(services.bookings));
  app.use('/rooms', roomRoutes({ services, requireUser }));
  app.use('/bookings', bookingRoutes({ services, requireUser }));
  app.get('/me', requireUser, async (req, res, next) => {
    try {
      const [user, inbox, waitlist] = await Promise.all([
        repos.users.get(req.userId),
        services.notices.inbox(req.userId),
        services.waitlist.mine(req.userId),
      ]);
      res.json({ user, inbox, waitlist: waitlist.map((w) => `${w.id}:${w.status}`) });
    } catch (err) {
      next(err);
    }
  });
  app.use('/admin', adminRoutes({ services, repos, clock, config, bus }));
  app.use((req, res) => res.status(404).json({ error: 'not_found', message: req.originalUrl }));
  app.use(errorHandler);
  return app;
}

module.exports = { createApp };
