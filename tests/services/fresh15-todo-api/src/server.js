'use strict';

const debug = require('debug')('todo:server');
const config = require('./config');
const app = require('./app');

const server = app.listen(config.port, () => {
  debug('listening on %d (%s)', config.port, config.env);
});

function shutdown(signal) {
  debug('%s received, closing', signal);
  server.close(() => process.exit(0));
}

process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

module.exports = server;
