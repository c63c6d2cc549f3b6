'use strict';
const { setTimeout: sleep } = require('node:timers/promises');
const { log } = require('./logger');
const { current } = require('./context');

const orders = [];

async function place(items) {
  log(`placing ${items.length} item(s)`);
  await sleep(2);
  const order = { id: orders.length + 1, items, by: current().user ?? 'guest', requestId: current().requestId };
  orders.push(order);
  await new Promise((resolve) => queueMicrotask(resolve));
  log(`placed order ${order.id}`);
  return order;
}

module.exports = { place, orders };
