'use strict';
const { EventEmitter } = require('node:events');

const bus = new EventEmitter();
bus.setMaxListeners(20);
module.exports = bus;
