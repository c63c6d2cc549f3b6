'use strict';
// Counters written through logical assignment by whoever calls in.
const counters = {};
const firstSeen = {};
let events = 0;

function bump(name, by = 1) {
  counters[name] ??= 0;
  counters[name] += by;
  events++;
}

function remember(key, value) {
  firstSeen[key] ||= value; // only the first truthy value sticks
}

function snapshot() {
  return { counters: { ...counters }, firstSeen: { ...firstSeen }, events };
}

module.exports = { bump, remember, snapshot };
