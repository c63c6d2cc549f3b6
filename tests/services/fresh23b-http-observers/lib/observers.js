// An observer list: a Set of callbacks that modules add to at start-up and requests notify, and a Set of
// observer objects (`update(topic, payload)`) attached as in the GoF pattern.
'use strict';

const observers = new Set();
const attached = new Set();
let notifications = 0;

function attach(observer) {
  attached.add(observer);
  return () => attached.delete(observer);
}

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
  for (const observer of attached) observer.update(topic, payload);
  return reached;
}

module.exports = { observe, attach, notify, size: () => observers.size + attached.size, notifications: () => notifications };
