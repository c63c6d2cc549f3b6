import { EventEmitter } from 'node:events';

export class EventBus extends EventEmitter {
  history = [];

  publish(name, data) {
    this.history.push(name);
    // listeners run one after the other; a failing listener must not fail the request
    for (const listener of this.listeners(name)) {
      try {
        listener(data);
      } catch (err) {
        this.emit('listener-error', { name, message: err.message });
      }
    }
  }
}
