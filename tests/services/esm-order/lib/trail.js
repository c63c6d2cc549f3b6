// Records the order in which the modules ran.
export const trail = ['trail'];
export function note(name) {
  trail.push(name);
}
