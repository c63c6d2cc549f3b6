'use strict';
const usage = {};

module.exports = {
  name: 'tags',
  install(registry, options) {
    registry.hook('beforeSave', (doc) => ({ ...doc, tags: [...new Set([...options.defaults, ...(doc.tags ?? [])])] }));
    registry.hook('afterSave', (doc) => {
      for (const tag of doc.tags) usage[tag] = (usage[tag] ?? 0) + 1;
    });
    registry.hook('report', (report) => ({ ...report, tagUsage: { ...usage } }));
  },
};
