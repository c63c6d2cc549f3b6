// An import cycle: units.js and format.js import each other.
import { note } from './trail.js';
import { format } from './format.js';

note('units');
export let unit = 'cm';
export const factor = 10;

export function setUnit(next) {
  unit = next;
}

export function describe(n) {
  return format(n * factor);
}
