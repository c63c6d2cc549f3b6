'use strict';

const express = require('express');

module.exports = ({ services }) =>
  express
    .Router()
    .get('/', (req, res) => {
      res.json(services.notifications.inbox(req.user, { unreadOnly: req.query.unread === 'true' }));
    })
    .post('/read-all', (req, res) => res.json(services.notifications.markAllRead(req.user)))
    .post('/:id/read', (req, res) => res.json(services.notifications.markRead(req.user, req.params.id)));
