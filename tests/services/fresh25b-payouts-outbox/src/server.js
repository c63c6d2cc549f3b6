'use strict';

const { createApp } = require('./app');
const config = require('./config');

createApp().listen(config.port, () => {
  process.stdout.write(`payouts listening on ${config.port}\n`);
});
