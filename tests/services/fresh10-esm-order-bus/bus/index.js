import { EventEmitter } from 'node:events';

class OrderBus extends EventEmitter {
  delivered = 0;

  emit(event, ...args) {
    this.delivered += this.listenerCount(event);
    return super.emit(event, ...args);
  }
}

export const bus = new OrderBus();
bus.on('error', (err) => { bus.lastError = err.message; });
