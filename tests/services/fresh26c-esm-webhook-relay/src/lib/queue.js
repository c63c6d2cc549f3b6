// An unbounded async queue: producers push, one consumer iterates with for await.
export class AsyncQueue {
  #items = [];
  #waiting = [];
  #closed = false;
  pushed = 0;

  push(item) {
    if (this.#closed) throw new Error('queue closed');
    this.pushed++;
    const waiter = this.#waiting.shift();
    if (waiter) waiter({ value: item, done: false });
    else this.#items.push(item);
  }

  get depth() {
    return this.#items.length;
  }

  close() {
    this.#closed = true;
    for (const w of this.#waiting.splice(0)) w({ value: undefined, done: true });
  }

  [Symbol.asyncIterator]() {
    return {
      next: () => {
        if (this.#items.length) return Promise.resolve({ value: this.#items.shift(), done: false });
        if (this.#closed) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => this.#waiting.push(resolve));
      },
    };
  }
}
