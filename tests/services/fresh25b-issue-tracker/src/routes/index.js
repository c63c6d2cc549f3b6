'use strict';

const express = require('express');
const { requireAuth } = require('../middleware/auth');
const authRoutes = require('./auth.routes');
const projectRoutes = require('./projects.routes');
const issueRoutes = require('./issues.routes');
const notificationRoutes = require('./notifications.routes');

module.exports = function apiRouter({ services, config, clock, errorStats }) {
  const api = express.Router();
  const auth = requireAuth(services.auth);

  api.use('/auth', authRoutes({ services, auth }));
  api.use('/projects', auth, projectRoutes({ services, config }));
  api.use('/issues', auth, issueRoutes({ services }));
  api.use('/notifications', auth, notificationRoutes({ services }));
  api.get('/audit', auth, (req, res) => {
    res.json({ ...services.audit.tail(Number(req.query.n ?? 5)), errors: { ...errorStats } });
  });

  if (config.enableTestRoutes) {
    api.post('/_test/clock', (req, res) => {
      clock.advance(Number(req.body?.minutes ?? 0) * 60_000);
      res.json({ now: clock.iso() });
    });
  }
  return api;
};
