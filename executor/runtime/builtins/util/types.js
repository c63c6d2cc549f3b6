'use strict';
// node:util/types
module.exports = require('util').types;
