// An observer list: a Set of callbacks that modules add to at start-up and requests notify.
'use strict';

const observers = new Set();
let notifications = 0;

function observe(fn) {
  observers.add(fn);
  return function unobserve() {
    return observers.delete(fn);
  };
}

function notify(topic, payload) {
  notifications += 1;
  let reached = 0;
  for (const fn of [...observers]) {
    fn(topic, payload);
    reached += 1;
  }
  return reached;
}

module.exports = { observe, notify, size: () => observers.size, notifications: () => notifications };
