'use strict';

class AuditLog {
  entries = [];
  constructor(clock) {
    this.clock = clock;
  }
  record(action, subject) {
    this.entries.push({ at: this.clock.tick(), action, subject });
    if (this.entries.length > 5) this.entries.shift();
  }
  recent(n = 3) {
    return this.entries.slice(-n);
  }
}

module.exports = AuditLog;
