'use strict';
const catalog = require('./catalog');
const { Cart } = require('./cart');

module.exports = { catalog, Cart };
