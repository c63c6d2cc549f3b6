#!/usr/bin/env node
const http = require('http');
const app = require('../app');
const logger = require('../lib/logger');

const port = parseInt(process.env.PORT || '3000', 10);
app.set('port', port);
const server = http.createServer(app);
server.listen(port);
server.on('listening', () => logger.info("gateway listening"));
