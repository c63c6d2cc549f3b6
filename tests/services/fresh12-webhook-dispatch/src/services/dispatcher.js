const { EventEmitter } = require('node:events');
const { setTimeout: sleep } = require('node:timers/promises');
const transport = require('../transport/fake');

class Dispatcher extends EventEmitter {
  #inFlight = 0;
  maxAttempts = 3;
  baseDelay = 20;

  get inFlight() { return this.#inFlight; }

  dispatch(event, urls) {
    for (const url of urls) {
      this.#inFlight++;
      this.#deliver(event, url).finally(() => {
        if (--this.#inFlight === 0) this.emit('drained');
      });
    }
    return urls.length;
  }

  async #deliver(event, url) {
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        const result = await transport.send(url, event);
        this.emit('delivered', { id: event.id, url, attempt, bytes: result.bytes });
        return;
      } catch (err) {
        this.emit('failed', { id: event.id, url, attempt, code: err.code });
        if (attempt < this.maxAttempts) await sleep(this.baseDelay * 2 ** (attempt - 1));
      }
    }
    this.emit('gave-up', { id: event.id, url });
  }
}

module.exports = new Dispatcher();
