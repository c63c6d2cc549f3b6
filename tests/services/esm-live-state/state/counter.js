// State as ES modules keep it: reassigned `export let` bindings that importers read live.
export let hits = 0;
export let lastPath = null;
let history = [];
export { history as log };

export function hit(path) {
  hits += 1;
  lastPath = path;
  history = [...history, path].slice(-3);
}

export function reset() {
  hits = 0;
  lastPath = null;
  history = [];
}
