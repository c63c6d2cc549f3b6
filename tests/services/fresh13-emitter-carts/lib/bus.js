'use strict';
const { EventEmitter } = require('node:events');

// The shop's bus: counts what it emits by overriding emit.
class ShopBus extends EventEmitter {
  constructor() {
    super();
    this.emitted = 0;
    this.lastSku = null;
  }

  emit(type, ...args) {
    this.emitted += 1;
    return super.emit(type, ...args);
  }
}

module.exports = new ShopBus();
