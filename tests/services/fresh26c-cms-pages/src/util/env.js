'use strict';
const path = require('node:path');
require('dotenv').config({ path: path.join(__dirname, '..', '..', '.env') });

// .env.example
const DEFAULTS = { PORT: '3300', CMS_MAX_REVISIONS: '3', CMS_EDITORS: 'mia,tom,ola' };

const env = new Proxy(DEFAULTS, {
  get: (defaults, key) => process.env[key] ?? defaults[key],
});

module.exports = Object.freeze({
  port: Number(env.PORT),
  maxRevisions: Number(env.CMS_MAX_REVISIONS),
  editors: env.CMS_EDITORS.split(','),
});
