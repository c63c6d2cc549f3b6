'use strict';
const { EventEmitter } = require('events');

class OrderBus extends EventEmitter {
  constructor() {
    super();
    this.emitted = 0;
  }
  emit(name, ...args) {
    this.emitted++;
    return super.emit(name, ...args);
  }
}

module.exports = new OrderBus();
