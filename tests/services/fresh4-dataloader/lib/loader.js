// A tiny DataLoader: load(key) calls made in the same tick are collected and
// handed to batchFn once, on process.nextTick; results are memoized per loader.
class Loader {
  #batchFn;
  #queue = [];
  #memo = new Map();

  constructor(batchFn) {
    this.#batchFn = batchFn;
  }

  load(key) {
    if (this.#memo.has(key)) return this.#memo.get(key);
    const promise = new Promise((resolve, reject) => {
      this.#queue.push({ key, resolve, reject });
      if (this.#queue.length === 1) process.nextTick(() => this.#dispatch());
    });
    this.#memo.set(key, promise);
    return promise;
  }

  loadMany(keys) {
    return Promise.all(keys.map((k) => this.load(k).catch((err) => err)));
  }

  clear(key) {
    this.#memo.delete(key);
    return this;
  }

  async #dispatch() {
    const batch = this.#queue.splice(0);
    try {
      const values = await this.#batchFn(batch.map((b) => b.key));
      batch.forEach((b, i) => (values[i] instanceof Error ? b.reject(values[i]) : b.resolve(values[i])));
    } catch (err) {
      batch.forEach((b) => b.reject(err));
    }
  }
}

module.exports = { Loader };
