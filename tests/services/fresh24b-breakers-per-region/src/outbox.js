'use strict';

const queue = [];
let ref = 0;

exports.enqueue = (payment, reason) => {
  const entry = { ref: `retry-${++ref}`, paymentId: payment.id, reason };
  queue.push(entry);
  return entry;
};

exports.drain = () => queue.splice(0, queue.length);
exports.size = () => queue.length;
