'use strict';
let next = 0;

module.exports = {
  name: 'ids',
  install(registry, { start = 1, prefix = '' }) {
    next = start;
    registry.hook('beforeSave', (doc) => ({ id: `${prefix}${next++}`, ...doc }));
    registry.hook('report', (report) => ({ ...report, nextId: next }));
  },
};
