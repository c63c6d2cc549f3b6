export class ManualClock {
  constructor(startIso) {
    this.t = Date.parse(startIso);
  }

  now() {
    return this.t;
  }

  iso() {
    return new Date(this.t).toISOString();
  }

  month() {
    return this.iso().slice(0, 7);
  }

  advanceHours(h) {
    this.t += h * 3_600_000;
  }
}
