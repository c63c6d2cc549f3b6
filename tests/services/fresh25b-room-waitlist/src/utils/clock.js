'use strict';

const MINUTE = 60_000;

function fixedClock(iso) {
  let t = Date.parse(iso);
  return {
    now: () => t,
    set(next) {
      t = Date.parse(next);
    },
    advance(minutes) {
      t += minutes * MINUTE;
    },
  };
}

module.exports = { fixedClock, MINUTE };
