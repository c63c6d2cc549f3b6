// A hand-written signals library: signals with subscriber sets, effects that track what they read,
// computed values kept by an effect, and batching that defers notifications.
let currentEffect = null;
let batchDepth = 0;
const pending = new Set();
export const stats = { notifications: 0, effectRuns: 0 };

export function signal(initial) {
  let value = initial;
  const subscribers = new Set();
  return {
    get value() {
      if (currentEffect) subscribers.add(currentEffect);
      return value;
    },
    set value(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const fn of [...subscribers]) {
        stats.notifications += 1;
        if (batchDepth > 0) pending.add(fn);
        else fn();
      }
    },
    peek: () => value,
    subscribe(fn) {
      subscribers.add(fn);
      return () => subscribers.delete(fn);
    },
    get subscriberCount() {
      return subscribers.size;
    },
  };
}

export function effect(fn) {
  const run = () => {
    const previous = currentEffect;
    currentEffect = run;
    stats.effectRuns += 1;
    try {
      fn();
    } finally {
      currentEffect = previous;
    }
  };
  run();
  return run;
}

export function computed(fn) {
  const inner = signal(undefined);
  effect(() => {
    inner.value = fn();
  });
  return {
    get value() {
      return inner.value;
    },
  };
}

export function batch(fn) {
  batchDepth += 1;
  try {
    return fn();
  } finally {
    batchDepth -= 1;
    if (batchDepth === 0) {
      const queued = [...pending];
      pending.clear();
      queued.forEach((run) => run());
    }
  }
}
