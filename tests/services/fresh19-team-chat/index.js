'use strict';
const { createServer } = require('node:http');
const app = require('./src/app');
const { port } = require('./src/config');
const logger = require('./src/lib/logger');

createServer(app).listen(port, () => logger.info({ port }, 'team-chat up'));
