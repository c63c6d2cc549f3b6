// An EventTarget whose listeners are added by a request and write this module's feed.
'use strict';
const target = new EventTarget();
const feed = [];

class OrderEvent extends Event {
  constructor(type, order) {
    super(type);
    this.order = order;
  }
}

function watch(user) {
  const listener = (e) => {
    if (e.order.user === user) feed.push(`${user} saw ${e.type} #${e.order.id}`);
  };
  target.addEventListener('placed', listener);
  target.addEventListener('cancelled', listener);
  return listener;
}

function signal(type, order) {
  target.dispatchEvent(new OrderEvent(type, order));
}

module.exports = { watch, signal, feed };
