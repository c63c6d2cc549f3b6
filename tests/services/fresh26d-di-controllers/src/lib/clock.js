// A logical clock: deterministic timestamps for answers.
class Clock {
  #ticks = 0;
  tick() { return ++this.#ticks; }
  get ticks() { return this.#ticks; }
}
module.exports = Clock;
