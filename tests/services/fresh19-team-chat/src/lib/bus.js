'use strict';
const mitt = require('mitt');

module.exports = (mitt.default || mitt)();
