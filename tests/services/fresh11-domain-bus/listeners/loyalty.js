'use strict';
const bus = require('../events/bus');

const points = new Map();
let paused = false;

const award = (e) => {
  const earned = Math.floor(e.total / 10);
  points.set(e.email, (points.get(e.email) ?? 0) + earned);
  bus.trace(`loyalty:+${earned}`);
};

bus.on('order.placed', award);

module.exports = {
  points,
  pause() {
    if (paused) return false;
    bus.off('order.placed', award);
    paused = true;
    return true;
  },
  resume() {
    if (!paused) return false;
    bus.on('order.placed', award);
    paused = false;
    return true;
  },
  get paused() {
    return paused;
  },
};
