'use strict';
const { Router } = require('express');
const { history } = require('../services/checkout');
const { redemptions } = require('../services/pricing');

const api = Router();
api.use('/carts', require('./cart'));
api.use('/products', require('./products'));
api.get('/orders', (req, res) => res.json({ orders: history(), coupons: Object.fromEntries(redemptions) }));

module.exports = api;
