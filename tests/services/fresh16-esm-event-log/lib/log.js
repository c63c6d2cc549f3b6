export const registry = new Map();

export class EventLog {
  static #instances = 0;
  static {
    registry.set('default', null);
  }

  #events = [];

  constructor(name) {
    this.name = name;
    EventLog.#instances++;
    registry.set(name, this);
  }

  static get instances() {
    return EventLog.#instances;
  }

  append(type, data) {
    const event = { seq: this.#events.length + 1, type, data };
    this.#events.push(event);
    return event;
  }

  get length() {
    return this.#events.length;
  }

  *[Symbol.iterator]() {
    yield* this.#events;
  }

  // a reader that keeps its place: each pull waits a tick and returns the next event, or null
  async *reader(from = 0) {
    let at = from;
    while (true) {
      await new Promise((resolve) => setImmediate(resolve));
      yield this.#events[at] ? this.#events[at++] : null;
    }
  }
}

export function logFor(name) {
  return registry.get(name) ?? new EventLog(name);
}
