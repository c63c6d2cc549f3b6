import { note } from './trail.js';
import { unit, factor, describe } from './units.js';

// units.js has not run yet: its function `describe` is there (hoisted), `factor` is not.
note(`format (describe is a ${typeof describe})`);

export function format(value) {
  return `${value} ${unit} (x${factor})`;
}
