'use strict';

const { createApp } = require('./app');
const config = require('./config');

createApp().listen(config.port, () => {
  console.log(`circulation api on port ${config.port}`);
});
