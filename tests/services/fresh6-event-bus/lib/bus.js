const { EventEmitter } = require('events');

// One bus for the whole app.
module.exports = new EventEmitter();
