'use strict';
const { EventEmitter } = require('node:events');

class OrderBus extends EventEmitter {
  constructor() {
    super();
    this.published = {};
  }

  emit(event, ...args) {
    if (!event.startsWith('internal:')) this.published[event] = (this.published[event] ?? 0) + 1;
    return super.emit(event, ...args);
  }
}

const bus = new OrderBus();

function notify(...args) {
  return bus.emit.apply(bus, args);
}

module.exports = bus;
module.exports.notify = notify;
