'use strict';
const pages = require('./pages');
const revisions = require('./revisions');

module.exports = { pages, revisions };
