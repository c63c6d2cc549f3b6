'use strict';
// Behaviour shared by models, copied onto prototypes with Object.assign.

const Countable = {
  countUse(label) {
    this.constructor.usage = this.constructor.usage || {};
    this.constructor.usage[label] = (this.constructor.usage[label] || 0) + 1;
    return this.constructor.usage[label];
  },
};

const history = [];

const Timestamped = {
  touch(by) {
    this.version = (this.version || 0) + 1;
    history.push(`${this.constructor.name}#${this.id} v${this.version} by ${by}`);
    return this;
  },
};

module.exports = { Countable, Timestamped, history };
