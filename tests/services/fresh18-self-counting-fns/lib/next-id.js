'use strict';
// Ids handed out by a function that keeps its own counter as a property.
module.exports = function nextId(prefix = 'id') {
  nextId.last = (nextId.last ?? 0) + 1;
  return `${prefix}-${String(nextId.last).padStart(3, '0')}`;
};
