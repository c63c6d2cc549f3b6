// Module-level audit trail written by the hooks of every resource.
export const trail = [];
let sequence = 0;

export function record(resource, action, id, detail = '') {
  sequence += 1;
  trail.push(`${sequence} ${resource}.${action} ${id}${detail ? ` ${detail}` : ''}`);
}

export const recorded = () => sequence;
