'use strict';

class Channel {
  #buffer = [];
  #waiting = [];
  pushed = 0;

  push(value) {
    this.pushed++;
    const waiter = this.#waiting.shift();
    if (waiter) waiter({ value, done: false });
    else this.#buffer.push(value);
  }

  get size() {
    return this.#buffer.length;
  }

  [Symbol.asyncIterator]() {
    return {
      next: () => {
        if (this.#buffer.length) return Promise.resolve({ value: this.#buffer.shift(), done: false });
        return new Promise((resolve) => this.#waiting.push(resolve));
      },
    };
  }
}

module.exports = { Channel };
