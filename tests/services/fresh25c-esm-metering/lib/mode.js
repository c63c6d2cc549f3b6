// The billing mode, read everywhere through the live binding and changed only by setMode.
export let mode = 'standard';
export let epoch = 0;
const history = [];

export function setMode(next) {
  if (next === mode) return false;
  history.push(`${mode}->${next}`);
  mode = next;
  epoch += 1;
  return true;
}

export const modeHistory = () => [...history];
