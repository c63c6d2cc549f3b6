// A logical clock: every tick is the next integer. Shared by whoever is handed it.
export function makeClock(start = 0) {
  let t = start;
  return {
    tick: () => ++t,
    get now() {
      return t;
    },
  };
}
