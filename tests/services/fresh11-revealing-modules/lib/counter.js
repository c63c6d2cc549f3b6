'use strict';

// the revealing module pattern: private state in an IIFE's closure, a frozen public API
const Counter = (() => {
  const counts = new Map();
  let resets = 0;

  function hit(name, by = 1) {
    counts.set(name, (counts.get(name) ?? 0) + by);
    return counts.get(name);
  }

  function reset(name) {
    resets++;
    return counts.delete(name);
  }

  return Object.freeze({
    hit,
    reset,
    top: (n) => [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n),
    get resets() {
      return resets;
    },
  });
})();

module.exports = Counter;
