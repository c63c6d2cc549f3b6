// Fine-grained reactivity in sixty lines, the Preact/Solid way: a signal's `value` accessor
// tracks the running effect on read and re-runs its subscribers on write.
let current = null;
let runs = 0;

class Signal {
  #value;
  #subs = new Set();
  constructor(value) { this.#value = value; }
  get value() {
    if (current) { this.#subs.add(current); current.deps.add(this.#subs); }
    return this.#value;
  }
  set value(next) {
    if (Object.is(next, this.#value)) return;
    this.#value = next;
    for (const e of [...this.#subs]) e.run();
  }
  peek() { return this.#value; }
}

export const signal = (v) => new Signal(v);

export function effect(fn) {
  const e = {
    deps: new Set(),
    run() {
      for (const subs of e.deps) subs.delete(e);
      e.deps.clear();
      const prev = current;
      current = e;
      try { runs++; fn(); } finally { current = prev; }
    },
    dispose() { for (const subs of e.deps) subs.delete(e); e.deps.clear(); },
  };
  e.run();
  return () => e.dispose();
}

export function computed(fn) {
  const s = signal(undefined);
  effect(() => { s.value = fn(); });
  return { get value() { return s.value; }, peek: () => s.peek() };
}

export const effectRuns = () => runs;
