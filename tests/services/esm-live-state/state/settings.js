export let mode = 'normal';
export const modes = ['normal', 'quiet', 'loud'];

export function setMode(next) {
  if (!modes.includes(next)) throw new RangeError(`unknown mode ${next}`);
  mode = next;
  return mode;
}
