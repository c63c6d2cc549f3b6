const { EventEmitter } = require('node:events');

class NotificationBus extends EventEmitter {
  #sent = 0;

  notify(user, payload) {
    const listeners = this.listenerCount(`notify:${user}`);
    this.#sent += 1;
    this.emit(`notify:${user}`, { seq: this.#sent, user, ...payload });
    return listeners;
  }

  get sent() {
    return this.#sent;
  }
}

module.exports = new NotificationBus();
