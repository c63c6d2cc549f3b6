module.exports = class Mutex {
  constructor() {
    this.tail = Promise.resolve();
    this.waits = 0;
  }
  run(task) {
    const result = this.tail.then(() => task());
    this.waits++;
    this.tail = result.catch(() => undefined);
    return result;
  }
};
