export class AuditLog {
  entries = [];

  constructor(clock) {
    this.clock = clock;
  }

  record(action, detail) {
    this.entries.push({ at: this.clock.tick(), action, detail });
  }
}
