// A registry other modules register callbacks with; the orders module runs them later.
'use strict';
const placed = [];
const cancelled = new Set();

function onOrderPlaced(fn) {
  placed.push(fn);
  return () => {
    const i = placed.indexOf(fn);
    if (i !== -1) placed.splice(i, 1);
  };
}

function onOrderCancelled(fn) {
  cancelled.add(fn);
}

function runPlaced(order) {
  return placed.map((fn) => fn(order)).filter(Boolean);
}

function runCancelled(order) {
  for (const fn of cancelled) fn(order);
}

module.exports = { onOrderPlaced, onOrderCancelled, runPlaced, runCancelled, count: () => placed.length };
