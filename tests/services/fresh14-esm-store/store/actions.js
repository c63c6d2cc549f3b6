import store from './index.js';

export const add = (text) => store.dispatch({ type: 'added', text });
export const toggle = (id) => store.dispatch({ type: 'TOGGLED', id: Number(id) });
export const clear = () => store.dispatch({ type: 'cleared' });
export function rename(id, text) {
  return store.dispatch({ type: 'renamed', id: Number(id), text });
}
export const VERSION = 2;
