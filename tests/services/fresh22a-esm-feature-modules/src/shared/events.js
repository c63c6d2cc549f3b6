import { EventEmitter } from 'node:events';

class DomainEvents extends EventEmitter {
  published = 0;
  publish(type, payload) {
    this.published += 1;
    return this.emit(type, payload);
  }
}

export const events = new DomainEvents();
