import store from './index.js';

export let lastChange = null;
export const history = [];

store.subscribe((next, prev, action) => {
  lastChange = `${action.type}#${store.dispatched}`;
});

const unsubscribe = store.subscribe((next, prev, action) => {
  history.push(`${action.type}: ${prev.items.length} -> ${next.items.length}`);
});

export function stopHistory() {
  return unsubscribe();
}
