import EventEmitter from 'eventemitter3';

class DomainEvents extends EventEmitter {
  #published = 0;

  publish(type, payload) {
    this.#published += 1;
    return this.emit(type, { seq: this.#published, ...payload });
  }

  get published() {
    return this.#published;
  }
}

export const events = new DomainEvents();
