'use strict';
const mitt = require('mitt');

// mitt's CommonJS build exports the factory as default.
const createEmitter = mitt.default || mitt;
const events = createEmitter();

const seen = [];
events.on('*', (type, payload) => seen.push(`${type}:${payload.id}`));

module.exports = { events, seen };
