'use strict';

const { createApp } = require('./app');
const { port } = require('./config');

createApp().listen(port, () => console.log(`room-booking-api :${port}`));
