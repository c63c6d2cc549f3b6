const { EventEmitter } = require('node:events');

class OrderBus extends EventEmitter {
  constructor() {
    super({ captureRejections: false });
    this.published = 0;
  }

  publish(type, payload) {
    this.published++;
    this.emit(type, payload);
    this.emit('*', { type, payload });
  }
}

module.exports = new OrderBus();
