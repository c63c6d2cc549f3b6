'use strict';

const express = require('express');

module.exports = function notificationRoutes({ services }) {
  const router = express.Router();
  router.get('/', (req, res) => {
    res.json(services.notifications.inbox(req.user, { unreadOnly: req.query.unread === 'true' }));
  });
  router.post('/read-all', (req, res) => res.json(services.notifications.markAllRead(req.user)));
  router.post('/:id/read', (req, res) => res.json(services.notifications.markRead(req.user, req.params.id)));
  return router;
};
