import { produce, freeze } from 'immer';

let state = freeze({ nextNumber: 1, invoices: {}, order: [] }, true);
const history = [];

export function getState() {
  return state;
}

export function update(label, recipe) {
  const next = produce(state, recipe);
  if (next !== state) {
    history.push({ label, previous: state });
    state = next;
  }
  return state;
}

export function undo() {
  const entry = history.pop();
  if (!entry) return null;
  state = entry.previous;
  return entry.label;
}

export const historySize = () => history.length;
