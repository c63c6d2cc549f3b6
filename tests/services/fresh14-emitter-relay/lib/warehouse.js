'use strict';
const { notify } = require('./bus');

const queue = [];

exports.dispatch = (order) => {
  queue.push(order.id);
  setImmediate(() => {
    const id = queue.shift();
    notify('order:shipped', { id, carrier: order.total > 100 ? 'freight' : 'post' });
  });
};
