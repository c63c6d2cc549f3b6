'use strict';
const { record, audit } = require('./journal');

const auditClock = { now: 100, tick() { return (this.now += 10); } };

const tasks = {
  beforeSave(input) {
    if (!input.title) return false;
    return { ...input, done: false, tags: input.tags ?? ['todo'] };
  },
  onSave(item) {
    record(`task ${item.id} in ${this.name}`, { into: audit, clock: auditClock });
  },
};

const factories = {
  onRemove: ({ label = 'removed' } = {}) => (item) => record(`${label} ${item.id}`, { prefix: '! ' }),
  beforeSave: ({ tag }) => (input) => ({ ...input, tags: [...(input.tags ?? []), tag] }),
  onSave: ({ every = 2 }) => {
    let n = 0;
    return function (item) {
      if (++n % every === 0) record(`milestone ${n} at ${item.id}`, { into: audit });
    };
  },
};

module.exports = { tasks, make: (name, options) => factories[name]?.(options) };
