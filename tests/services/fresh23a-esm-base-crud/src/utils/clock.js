// A logical clock: every write gets the next tick (no wall time in answers).
export class LogicalClock {
  #now = 0;

  tick() {
    return ++this.#now;
  }

  get now() {
    return this.#now;
  }
}
