'use strict';
// Installed later, by a request.
let shouted = 0;

module.exports = {
  name: 'shout',
  install(registry) {
    registry.hook('beforeSave', (doc) => {
      shouted += 1;
      return { ...doc, title: doc.title.toUpperCase() };
    });
    registry.hook('report', (report) => ({ ...report, shouted }));
  },
};
