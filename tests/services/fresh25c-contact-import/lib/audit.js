'use strict';
// An audit helper taking any number of fields, read from its `arguments` object.
const trail = [];

function audit(action) {
  const details = Array.prototype.slice.call(arguments, 1);
  trail.push(details.length ? `${action}: ${details.join(', ')}` : action);
  return trail.length;
}

module.exports = { audit, trail };
