// Listeners run after the current job, each in a microtask, within the emitting request's context.
export class MicrotaskBus {
  #listeners = new Map();
  emitted = 0;

  on(name, fn) {
    const list = this.#listeners.get(name) ?? [];
    list.push(fn);
    this.#listeners.set(name, list);
  }

  emit(name, payload) {
    this.emitted += 1;
    for (const fn of this.#listeners.get(name) ?? []) queueMicrotask(() => fn(payload));
  }
}
