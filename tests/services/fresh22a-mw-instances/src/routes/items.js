'use strict';

const { Router } = require('express');

// The same router factory is mounted twice with separate stores.
module.exports = function itemsRouter(kind) {
  const router = Router();
  const items = [];
  router.get('/', (req, res) => {
    res.json({ kind, items, requestId: res.locals.requestId, trail: res.locals.trail });
  });
  router.post('/', (req, res) => {
    items.push(req.body.name);
    res.status(201).json({ kind, count: items.length, requestId: res.locals.requestId, by: res.locals.servedBy });
  });
  return router;
};
