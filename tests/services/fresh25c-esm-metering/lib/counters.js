// Counters made by a factory: each keeps its value in the closure, the registry keeps the counters.
export function makeCounter(start = 0, step = 1) {
  let n = start;
  return {
    inc(times = 1) {
      n += step * times;
      return n;
    },
    get value() {
      return n;
    },
    reset() {
      n = start;
    },
  };
}

export const counters = new Map();

export function counterFor(name, step) {
  let c = counters.get(name);
  if (!c) {
    c = makeCounter(0, step);
    counters.set(name, c);
  }
  return c;
}
