'use strict';
const { onOrderPlaced, onOrderCancelled } = require('./hooks');

const stock = { apple: 5, pear: 2, fig: 1 };
const reserved = {};

onOrderPlaced((order) => {
  const left = (stock[order.sku] ?? 0) - order.qty;
  if (left < 0) return `short:${order.sku}`;
  stock[order.sku] = left;
  reserved[order.id] = order.qty;
  return null;
});

onOrderCancelled(function restock(order) {
  if (reserved[order.id]) {
    stock[order.sku] += reserved[order.id];
    delete reserved[order.id];
  }
});

module.exports = { levels: () => ({ ...stock }) };
