'use strict';

class AuditService {
  constructor({ bus, users, limit = 50 }) {
    this.entries = [];
    this.byType = Object.create(null);
    this.limit = limit;
    bus.on('*', (event) => {
      this.byType[event.type] = (this.byType[event.type] ?? 0) + 1;
      const actor = users.findById(event.payload.actorId)?.username ?? 'system';
      this.entries.push(`${event.seq} ${event.at} ${actor} ${event.type}`);
      if (this.entries.length > this.limit) this.entries.shift();
    });
  }

  tail(n) {
    return { counts: { ...this.byType }, entries: this.entries.slice(-n) };
  }
}

module.exports = AuditService;
