'use strict';
// Counts requests per path; reports them.
module.exports = {
  name: 'counter',
  install(registry) {
    const perPath = new Map();
    registry.hook('request', (req) => {
      perPath.set(req.path, (perPath.get(req.path) ?? 0) + 1);
    });
    registry.hook('report', (report) => ({ ...report, requests: Object.fromEntries(perPath) }));
  },
};
