'use strict';

module.exports = class LogicalClock {
  now = 0;
  tick() {
    this.now += 1;
    return this.now;
  }
};
