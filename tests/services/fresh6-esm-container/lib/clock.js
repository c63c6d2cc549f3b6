// A fake clock so answers do not depend on time: it ticks once per call.
export default class Clock {
  #t = 1000;
  now() {
    this.#t += 1;
    return this.#t;
  }
}
