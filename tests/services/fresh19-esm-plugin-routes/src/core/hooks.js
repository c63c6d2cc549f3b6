import mitt from 'mitt';

export const hooks = mitt();
export const loaded = { plugins: [], routes: [] };
const filters = new Map();

export function addFilter(name, fn) {
  if (!filters.has(name)) filters.set(name, []);
  filters.get(name).push(fn);
}

export function applyFilters(name, value, ...args) {
  return (filters.get(name) ?? []).reduce((acc, fn) => fn(acc, ...args), value);
}
