// The two deployment slots. `live` and `idle` are exported lets, swapped by a destructuring
// assignment inside `swap()`; importers see the swap through the live bindings.
export let live = 'blue';
export let idle = 'green';
export let swaps = 0;

export const releases = { blue: 'v1.0.0', green: null };

export function stage(version) {
  releases[idle] = version;
  return idle;
}

export function swap() {
  if (!releases[idle]) return false;
  [live, idle] = [idle, live];
  swaps++;
  return true;
}
