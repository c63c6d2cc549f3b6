'use strict';

// A clock that tests (and the /_test routes) can move; production would pass { now: Date.now }.
function createClock(startIso) {
  let current = Date.parse(startIso);
  return {
    now: () => current,
    nowSeconds: () => Math.floor(current / 1000),
    iso: () => new Date(current).toISOString(),
    advance(ms) {
      current += ms;
      return current;
    },
  };
}

module.exports = { createClock };
