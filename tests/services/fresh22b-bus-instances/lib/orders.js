'use strict';
const bus = require('./bus');

const orders = new Map();
const mailer = {
  outbox: [],
  send(order) {
    this.outbox.push(`${order.id}:${order.status}`);
  },
};
let nextId = 1;

bus.prependListener('order:placed', (order) => {
  order.status ??= 'placed';
});
bus.on('order:placed', mailer.send.bind(mailer));
bus.on('order:shipped', function (order) {
  // write back a structured clone with the shipment recorded
  const draft = structuredClone(orders.get(order.id));
  draft.status = 'shipped';
  draft.history.push('shipped');
  orders.set(order.id, draft);
  mailer.send(draft);
});

function place(input) {
  const order = { id: nextId++, sku: input.sku, qty: input.qty, price: input.price, history: ['placed'] };
  orders.set(order.id, order);
  bus.emit('order:placed', order);
  return order;
}

function cancel(id) {
  const order = orders.get(id);
  if (!order || order.status === 'shipped' || order.status === 'cancelled') return null;
  bus.emit('order:cancelled', order);
  Object.assign(order, { status: 'cancelled', history: [...order.history, 'cancelled'] });
  return order;
}

function annotate(id, key, value) {
  const order = orders.get(id);
  return order ? Reflect.set(order, key, value) && order : null;
}

module.exports = { place, cancel, annotate, orders, mailer };
