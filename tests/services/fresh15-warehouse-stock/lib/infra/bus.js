'use strict';

const EventEmitter = require('eventemitter3');

// Domain events: stock.changed, stock.low, reservation.created, reservation.released
module.exports = new EventEmitter();
