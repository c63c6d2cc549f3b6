'use strict';

class SteppingClock {
  constructor(start) {
    this.ms = Date.parse(start);
  }

  now() {
    return this.ms;
  }

  stamp() {
    return new Date(this.ms).toISOString().replace('.000Z', 'Z');
  }

  add(minutes) {
    this.ms += minutes * 60000;
  }
}

module.exports = { SteppingClock };
