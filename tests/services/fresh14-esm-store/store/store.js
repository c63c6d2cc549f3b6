export class Store {
  #state;
  #reducers;
  #subscribers = new Set();
  #middleware = [];
  dispatched = 0;

  constructor(reducers, initial) {
    this.#reducers = reducers;
    this.#state = initial;
  }

  getState() {
    return this.#state;
  }

  get subscriberCount() {
    return this.#subscribers.size;
  }

  subscribe(fn) {
    this.#subscribers.add(fn);
    return () => this.#subscribers.delete(fn);
  }

  use(mw) {
    this.#middleware.push(mw);
    return this;
  }

  dispatch(action) {
    const base = (a) => this.#reduce(a);
    const run = this.#middleware.reduceRight((next, mw) => (a) => mw(this, a, next), base);
    return run(action);
  }

  #reduce(action) {
    const reducer = this.#reducers[action.type];
    const next = reducer?.(this.#state, action) ?? this.#state;
    if (next === this.#state) return false;
    const prev = this.#state;
    this.#state = next;
    this.dispatched += 1;
    for (const fn of [...this.#subscribers]) fn(next, prev, action);
    return true;
  }
}
