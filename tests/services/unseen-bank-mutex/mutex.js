// Runs async tasks one after the other by chaining them on the last one's promise.
export class Mutex {
  #tail = Promise.resolve();
  #waiting = 0;

  get waiting() { return this.#waiting; }

  run(task) {
    this.#waiting++;
    const result = this.#tail.then(() => task()).finally(() => { this.#waiting--; });
    this.#tail = result.catch(() => {});
    return result;
  }
}
