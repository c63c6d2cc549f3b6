'use strict';
const express = require('express');
const makeResourceRouter = require('./resource');
const { createRepository } = require('../lib/repository');
const rateLimit = require('../middleware/rateLimit');

// the composition root: an API router built from its dependencies
module.exports = function createApi({ db, limits }) {
  const api = express.Router();
  const users = createRepository(db.tables.users, () => db.nextId('users'));
  const orders = createRepository(db.tables.orders, () => db.nextId('orders'));
  api.use(rateLimit({ store: limits, max: 4 }));
  api.use('/users', makeResourceRouter(users, { name: 'user', required: ['email'] }));
  api.use('/orders', makeResourceRouter(orders, { name: 'order', required: ['userId', 'total'] }));
  return api;
};
