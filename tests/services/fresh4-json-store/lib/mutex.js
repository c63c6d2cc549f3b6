// A promise-chain mutex: each holder waits for the previous one to finish.
class Mutex {
  #tail = Promise.resolve();
  waiting = 0;

  async run(fn) {
    this.waiting += 1;
    const previous = this.#tail;
    let release;
    this.#tail = new Promise((resolve) => { release = resolve; });
    try {
      await previous;
      return await fn();
    } finally {
      this.waiting -= 1;
      release();
    }
  }
}

module.exports = { Mutex };
