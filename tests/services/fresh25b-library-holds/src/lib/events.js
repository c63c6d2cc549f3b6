'use strict';

const EventEmitter = require('node:events');

const bus = new EventEmitter();
const counts = new Map();

function emit(name, payload) {
  counts.set(name, (counts.get(name) ?? 0) + 1);
  bus.emit(name, payload);
}

module.exports = {
  on: (name, fn) => bus.on(name, fn),
  emit,
  counts: () => Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b))),
};
