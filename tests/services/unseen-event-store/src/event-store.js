const EventEmitter = require('node:events');

class EventStore extends EventEmitter {
  constructor() {
    super();
    this.events = [];
  }

  append(type, data) {
    const event = { seq: this.events.length + 1, type, data };
    this.events.push(event);
    this.emit('appended', event);
    return event;
  }

  since(seq) {
    return this.events.filter((e) => e.seq > seq);
  }
}

module.exports = new EventStore();
