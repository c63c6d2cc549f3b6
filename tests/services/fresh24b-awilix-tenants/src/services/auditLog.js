'use strict';

// factory registered with asFunction(...).singleton()
module.exports = function makeAuditLog({ clock }) {
  const entries = [];
  return {
    record(tenantId, action, detail) {
      entries.push({ seq: clock.now, tenantId, action, detail });
    },
    tail(n = 5) {
      return entries.slice(-n);
    },
    get size() {
      return entries.length;
    },
  };
};
